using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>Mean and population standard deviation (ddof 0) per column, as scikit-learn's StandardScaler.</summary>
public static class StandardScalerFit
{
    public static FeatureScaler Fit(double[][] rows) => new ScalerFitter(ScalerKind.Standard).Fit(rows);
}
