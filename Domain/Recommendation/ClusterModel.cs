namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// A trained model at query time: scaler, optional PCA projection, and k-means centroids in the
/// embedded (scaled, projected) space.
/// </summary>
public sealed class ClusterModel
{
    private readonly double[][] _centroids;

    public ClusterModel(FeatureScaler scaler, PcaProjection? projection, IReadOnlyList<IReadOnlyList<double>> centroids)
    {
        ArgumentNullException.ThrowIfNull(scaler);
        ArgumentNullException.ThrowIfNull(centroids);
        Scaler = scaler;
        Projection = projection;
        if (projection is not null && projection.InputDimension != scaler.Dimension)
            throw new ArgumentException("The projection's input must match the scaler's output.", nameof(projection));
        Dimension = projection?.OutputDimension ?? scaler.Dimension;
        if (centroids.Count == 0) throw new ArgumentException("At least one centroid is required.", nameof(centroids));
        if (centroids.Any(c => c.Count != Dimension))
            throw new ArgumentException($"Every centroid must have {Dimension} coordinates.", nameof(centroids));
        _centroids = centroids.Select(c => c.ToArray()).ToArray();
    }

    public FeatureScaler Scaler { get; }

    public PcaProjection? Projection { get; }

    public IReadOnlyList<IReadOnlyList<double>> Centroids => _centroids;

    public int K => _centroids.Length;

    /// <summary>The dimension of the embedded space (after scaling and projection).</summary>
    public int Dimension { get; }

    public double[] Embed(ReadOnlySpan<double> features)
    {
        var scaled = Scaler.Transform(features);
        if (Projection is null) return scaled;
        var projected = new double[Projection.OutputDimension];
        Projection.Transform(scaled, projected);
        return projected;
    }

    /// <summary>The index of the centroid nearest (Euclidean) to an embedded vector; ties go to the lower index.</summary>
    public int NearestCluster(ReadOnlySpan<double> embedded) => NearestClusters(embedded, 1)[0];

    /// <summary>The <paramref name="count"/> nearest centroids, nearest first.</summary>
    public int[] NearestClusters(ReadOnlySpan<double> embedded, int count)
    {
        if (embedded.Length != Dimension) throw new ArgumentException($"Expected {Dimension} values.", nameof(embedded));
        count = Math.Clamp(count, 1, K);
        var distances = new double[K];
        for (var c = 0; c < K; c++) distances[c] = SquaredDistance(embedded, _centroids[c]);
        var order = Enumerable.Range(0, K).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byDistance = distances[a].CompareTo(distances[b]);
            return byDistance != 0 ? byDistance : a.CompareTo(b);
        });
        return order[..count];
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }
}
