namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Scale → PCA (optional) → choose k (optional) → k-means → evaluate, on rows already cleaned
/// (<see cref="DataCleaner"/>). Seeded, no I/O: the same rows and settings give the same model.
/// </summary>
public sealed class TrainingPipeline(TrainingSettings settings)
{
    public TrainedModel Fit(double[][] rawRows)
    {
        ArgumentNullException.ThrowIfNull(rawRows);
        return Fit(RowMatrix.FromRows(rawRows));
    }

    public TrainedModel Fit(RowMatrix rawRows)
    {
        ArgumentNullException.ThrowIfNull(rawRows);
        if (rawRows.Rows < 2) throw new ArgumentException("Training needs at least two rows.", nameof(rawRows));
        var scaler = new ScalerFitter(settings.Scaler).Fit(rawRows);
        var x = ScalerFitter.Transform(scaler, rawRows);
        PcaFit? pca = null;
        if (settings.PcaVariance is { } variance)
        {
            pca = new PrincipalComponents(variance).Fit(x);
            x = Project(pca, x);
        }

        KMeansResult fit;
        IReadOnlyList<KCurvePoint> curve = [];
        int? knee = null;
        string rule;
        if (settings.InitRows is { Count: > 0 } initRows)
        {
            if (initRows.Any(r => r < 0 || r >= x.Rows)) throw new ArgumentException($"Init rows must be between 0 and {x.Rows - 1}.", nameof(rawRows));
            fit = KMeans.Lloyd(x, x.Select(initRows), settings.MaxIterations, settings.Tolerance);
            rule = "given by the start rows";
        }
        else if (settings.K is { } k)
        {
            fit = new KMeans(k, settings.NInit, settings.MaxIterations, settings.Seed, settings.Tolerance).Fit(x);
            rule = "fixed";
        }
        else
        {
            var choice = new KSelector(settings).Choose(x);
            (fit, curve, knee, rule) = (choice.Fit, choice.Curve, choice.Knee, choice.Rule);
        }

        var evaluation = new ClusterEvaluator(settings.SilhouetteExactLimit, settings.Seed).Evaluate(x, fit.Labels, fit.Centers);
        return new TrainedModel
        {
            Model = new Domain.Recommendation.ClusterModel(scaler, pca?.Projection, fit.Centers),
            Labels = fit.Labels,
            Inertia = evaluation.Inertia,
            Silhouette = evaluation.Silhouette,
            SilhouetteSampleSize = evaluation.SilhouetteSampleSize,
            Iterations = fit.Iterations,
            ClusterSizes = evaluation.ClusterSizes,
            Curve = curve,
            ExplainedVarianceRatio = pca?.KeptVarianceRatio ?? [],
            Knee = knee,
            KRule = rule,
            Settings = settings,
        };
    }

    private static RowMatrix Project(PcaFit pca, RowMatrix x)
    {
        var projection = pca.Projection!;
        var result = new RowMatrix(x.Rows, projection.OutputDimension);
        for (var i = 0; i < x.Rows; i++) projection.Transform(x.Row(i), result.Row(i));
        return result;
    }
}
