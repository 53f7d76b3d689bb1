using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Fits a <see cref="FeatureScaler"/> per feature: standard (mean, population std as sklearn's
/// StandardScaler), robust (median, 25th–75th percentile range as RobustScaler), min-max (min,
/// max − min as MinMaxScaler), or, when <paramref name="kind"/> is null, the kind
/// <see cref="AutoScalerRule"/> picks for each feature's distribution.
/// </summary>
public sealed class ScalerFitter(ScalerKind? kind)
{
    public FeatureScaler Fit(double[][] rows) => Fit(RowMatrix.FromRows(rows));

    public FeatureScaler Fit(RowMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Rows == 0) throw new ArgumentException("Cannot fit a scaler on no rows.", nameof(x));
        var kinds = new ScalerKind[x.Columns];
        var center = new double[x.Columns];
        var scale = new double[x.Columns];
        var column = new double[x.Rows];
        for (var j = 0; j < x.Columns; j++)
        {
            for (var i = 0; i < x.Rows; i++) column[i] = x.Values[i * x.Columns + j];
            var shape = ColumnShape.Of(column);
            kinds[j] = kind ?? AutoScalerRule.Choose(shape);
            (center[j], scale[j]) = kinds[j] switch
            {
                ScalerKind.Standard => (shape.Mean, shape.StandardDeviation),
                ScalerKind.Robust => (shape.Median, shape.Q3 - shape.Q1),
                ScalerKind.MinMax => (shape.Min, shape.Max - shape.Min),
                _ => throw new InvalidOperationException($"Unknown scaler kind {kinds[j]}."),
            };
        }
        return new FeatureScaler(kinds, center, scale);
    }

    /// <summary>Applies a scaler to every row.</summary>
    public static RowMatrix Transform(FeatureScaler scaler, RowMatrix x)
    {
        ArgumentNullException.ThrowIfNull(scaler);
        ArgumentNullException.ThrowIfNull(x);
        var result = new RowMatrix(x.Rows, x.Columns);
        for (var i = 0; i < x.Rows; i++) scaler.Transform(x.Row(i), result.Row(i));
        return result;
    }
}
