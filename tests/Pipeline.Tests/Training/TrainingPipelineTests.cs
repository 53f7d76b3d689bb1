using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class TrainingPipelineTests
{
    private static readonly AnimeReference Reference = AnimeReference.Value;

    [Fact]
    public void Fit_WhenChoosingKWithPca_RecordsCurvesComponentsAndAConsistentModel()
    {
        var settings = new TrainingSettings { K = null, KMax = 8, PcaVariance = 0.95, Scaler = null };

        var model = new TrainingPipeline(settings).Fit(Reference.Rows);

        Assert.Equal(Enumerable.Range(2, 7), model.Curve.Select(p => p.K));
        Assert.Contains(model.Curve, p => p.K == model.K);
        Assert.NotEmpty(model.KRule);
        Assert.True(model.ExplainedVarianceRatio.Sum() >= 0.95);
        Assert.Equal(model.ExplainedVarianceRatio.Count, model.Model.Dimension);
        Assert.Equal(Reference.Rows.Length, model.Labels.Length);
        Assert.Equal(model.ClusterSizes.Sum(), model.Labels.Length);
        // The query-time model must put every training row in the cluster the fit gave it.
        for (var i = 0; i < Reference.Rows.Length; i++)
            Assert.Equal(model.Labels[i], model.Model.NearestCluster(model.Model.Embed(Reference.Rows[i])));
    }

    [Fact]
    public void Fit_WhenGivenInitRows_ReproducesSklearnsFixedStartFit()
    {
        var expected = Reference["kmeans_lloyd_fixed_init"];
        var settings = new TrainingSettings { InitRows = AnimeReference.Ints(expected.GetProperty("init_row_indices")) };

        var model = new TrainingPipeline(settings).Fit(Reference.Rows);

        Assert.Equal(AnimeReference.Ints(expected.GetProperty("labels")), model.Labels);
        Assert.Equal(expected.GetProperty("inertia").GetDouble(), model.Inertia, 1e-6);
        Assert.Equal(expected.GetProperty("silhouette_euclidean").GetDouble(), model.Silhouette, 1e-6);
        Assert.Equal(Reference.Rows.Length, model.SilhouetteSampleSize);
        Assert.Equal(ScalerKind.Standard, model.Model.Scaler.Kinds[0]);
    }
}
