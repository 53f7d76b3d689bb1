using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>Mean and population standard deviation (ddof 0) per column, as scikit-learn's StandardScaler.</summary>
public static class StandardScalerFit
{
    public static FeatureScaler Fit(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0) throw new ArgumentException("Cannot fit a scaler on no rows.", nameof(rows));
        var dimension = rows[0].Length;
        var mean = new double[dimension];
        var std = new double[dimension];
        for (var j = 0; j < dimension; j++)
        {
            var sum = 0.0;
            foreach (var row in rows) sum += row[j];
            mean[j] = sum / rows.Length;
            var squares = 0.0;
            foreach (var row in rows)
            {
                var d = row[j] - mean[j];
                squares += d * d;
            }
            std[j] = Math.Sqrt(squares / rows.Length);
        }
        return new FeatureScaler(Enumerable.Repeat(ScalerKind.Standard, dimension).ToArray(), mean, std);
    }
}
