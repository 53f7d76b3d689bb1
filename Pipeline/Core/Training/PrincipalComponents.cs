using MathNet.Numerics.LinearAlgebra;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>What a PCA fit found: all explained-variance ratios, and the projection onto the kept components.</summary>
public sealed record PcaFit(PcaProjection? Projection, double[] ExplainedVariance, double[] ExplainedVarianceRatio, int Components)
{
    /// <summary>The ratios of the kept components only (scikit-learn's <c>explained_variance_ratio_</c>).</summary>
    public double[] KeptVarianceRatio => ExplainedVarianceRatio[..Components];
}

/// <summary>
/// PCA as scikit-learn's (centered, variances with n − 1), keeping the fewest components whose
/// cumulative explained variance ratio reaches <paramref name="varianceTarget"/> (null: all
/// components). With at most a few dozen features the d × d covariance eigenproblem is cheaper
/// than an SVD of the n × d data and, for these well-conditioned matrices, as accurate.
/// Signs follow sklearn's <c>svd_flip</c>: each component is oriented so the row with the largest
/// absolute score on it scores positive, so a refit on the same data gives the same signs.
/// </summary>
public sealed class PrincipalComponents(double? varianceTarget)
{
    public PcaFit Fit(RowMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Rows < 2) throw new ArgumentException("PCA needs at least two rows.", nameof(x));
        var d = x.Columns;
        var mean = new double[d];
        for (var i = 0; i < x.Rows; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < d; j++) mean[j] += row[j];
        }
        for (var j = 0; j < d; j++) mean[j] /= x.Rows;

        var covariance = Covariance(x, mean);
        var evd = Matrix<double>.Build.DenseOfArray(covariance).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, d).OrderByDescending(c => evd.EigenValues[c].Real).ThenBy(c => c).ToArray();
        var variance = order.Select(c => Math.Max(0, evd.EigenValues[c].Real)).ToArray();
        var total = variance.Sum();
        var ratio = variance.Select(v => total > 0 ? v / total : 0).ToArray();
        var kept = KeptCount(ratio);

        var components = new double[kept][];
        for (var c = 0; c < kept; c++)
        {
            components[c] = evd.EigenVectors.Column(order[c]).ToArray();
            OrientLikeSklearn(x, mean, components[c]);
        }
        return new PcaFit(new PcaProjection(mean, components), variance, ratio, kept);
    }

    private int KeptCount(double[] ratio)
    {
        if (varianceTarget is not { } target) return ratio.Length;
        var cumulative = 0.0;
        for (var c = 0; c < ratio.Length; c++)
        {
            cumulative += ratio[c];
            if (cumulative >= target) return c + 1;
        }
        return ratio.Length;
    }

    private static double[,] Covariance(RowMatrix x, double[] mean)
    {
        var d = x.Columns;
        var perChunk = new double[Chunks.Count(x.Rows)][];
        Chunks.For(x.Rows, (chunk, start, end) =>
        {
            var sums = new double[d * d];
            Span<double> centered = stackalloc double[d];
            for (var i = start; i < end; i++)
            {
                var row = x.Row(i);
                for (var j = 0; j < d; j++) centered[j] = row[j] - mean[j];
                for (var a = 0; a < d; a++)
                {
                    for (var b = a; b < d; b++) sums[a * d + b] += centered[a] * centered[b];
                }
            }
            perChunk[chunk] = sums;
        });
        var covariance = new double[d, d];
        foreach (var sums in perChunk)
        {
            for (var a = 0; a < d; a++)
            {
                for (var b = a; b < d; b++) covariance[a, b] += sums[a * d + b];
            }
        }
        for (var a = 0; a < d; a++)
        {
            for (var b = a; b < d; b++) covariance[b, a] = covariance[a, b] /= x.Rows - 1;
        }
        return covariance;
    }

    private static void OrientLikeSklearn(RowMatrix x, double[] mean, double[] component)
    {
        var largest = 0.0;
        var sign = 1.0;
        for (var i = 0; i < x.Rows; i++)
        {
            var row = x.Row(i);
            var score = 0.0;
            for (var j = 0; j < row.Length; j++) score += (row[j] - mean[j]) * component[j];
            if (Math.Abs(score) > largest)
            {
                largest = Math.Abs(score);
                sign = Math.Sign(score);
            }
        }
        if (sign < 0)
        {
            for (var j = 0; j < component.Length; j++) component[j] = -component[j];
        }
    }
}
