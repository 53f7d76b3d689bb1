using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// The <c>auto</c> scaler: one kind per feature, from the feature's shape.
/// <list type="number">
/// <item><b>Robust</b> (median / IQR) when the tails are heavy — excess kurtosis above
/// <see cref="HeavyTailKurtosis"/> — and no single value holds <see cref="MaximumModeShare"/> of the
/// rows or more. Heavy tails inflate the standard deviation and squash the bulk of the rows together;
/// median and IQR ignore the tails. (Spotify's speechiness, liveness and loudness over the whole
/// catalog.) A spike of equal values pins a quartile to it and collapses the IQR: robust scaling
/// would then blow the other rows up to values in the thousands.</item>
/// <item><b>Standard</b> when the feature is roughly normal: |skewness| ≤ <see cref="NormalSkewness"/>
/// and |excess kurtosis| ≤ <see cref="NormalKurtosis"/>. (danceability, tempo.)</item>
/// <item><b>Min-max</b> otherwise: flat, bimodal or zero-inflated bounded features
/// (instrumentalness, often acousticness and energy), where neither the mean and std nor the
/// quartiles describe the spread.</item>
/// </list>
/// Thresholds are round numbers checked against the four catalogs in shared/data; a normal
/// distribution has excess kurtosis 0 and IQR ≈ 1.35 std, a Laplace distribution kurtosis 3.
/// </summary>
public static class AutoScalerRule
{
    public const double HeavyTailKurtosis = 2.0;
    public const double MaximumModeShare = 0.25;
    public const double NormalSkewness = 1.0;
    public const double NormalKurtosis = 1.0;

    public static ScalerKind Choose(ColumnShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.ExcessKurtosis > HeavyTailKurtosis && shape.ModeShare < MaximumModeShare && shape.InterquartileRange > 0)
            return ScalerKind.Robust;
        if (Math.Abs(shape.Skewness) <= NormalSkewness && Math.Abs(shape.ExcessKurtosis) <= NormalKurtosis)
            return ScalerKind.Standard;
        return ScalerKind.MinMax;
    }
}
