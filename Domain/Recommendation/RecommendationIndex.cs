namespace MusicRecommender.Domain.Recommendation;

/// <summary>A catalog track placed in a model's embedded space.</summary>
public readonly record struct IndexedTrack(int TrackId, int Cluster, double[] Embedding);

public sealed record Neighbor(int TrackId, double Similarity, int Cluster);

/// <summary>How to search: <c>NProbe</c> nearest clusters (1 = the seeds' behaviour) or the whole catalog.</summary>
public sealed record RecommendationQuery(int Top = 10, int NProbe = 1, bool Exact = false, int? ExcludeTrackId = null);

public sealed record RecommendationResult(int Cluster, IReadOnlyList<int> SearchedClusters, IReadOnlyList<Neighbor> Items);

/// <summary>
/// Cosine top-N over a catalog's tracks in a model's embedded space, grouped by cluster so a query
/// only scans the clusters it probes. Vectors are stored unit-length in one contiguous array.
/// Immutable once built; safe to share between requests.
/// </summary>
public sealed class RecommendationIndex
{
    private readonly int _dimension;
    private readonly double[] _unitVectors;
    private readonly int[] _trackIds;
    private readonly int[] _rows;
    private readonly int[] _clusterStart;

    public RecommendationIndex(ClusterModel model, IReadOnlyCollection<IndexedTrack> tracks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tracks);
        Model = model;
        _dimension = model.Dimension;

        // Counting sort by cluster, keeping the input order within a cluster (ties by row order).
        _clusterStart = new int[model.K + 1];
        foreach (var track in tracks)
        {
            if ((uint)track.Cluster >= (uint)model.K) throw new ArgumentException($"Track {track.TrackId} has cluster {track.Cluster} outside 0..{model.K - 1}.");
            if (track.Embedding.Length != _dimension) throw new ArgumentException($"Track {track.TrackId} has the wrong dimension.");
            _clusterStart[track.Cluster + 1]++;
        }
        for (var c = 0; c < model.K; c++) _clusterStart[c + 1] += _clusterStart[c];

        var next = _clusterStart[..^1].ToArray();
        _trackIds = new int[tracks.Count];
        _rows = new int[tracks.Count];
        _unitVectors = new double[tracks.Count * _dimension];
        var row = 0;
        foreach (var track in tracks)
        {
            var slot = next[track.Cluster]++;
            _trackIds[slot] = track.TrackId;
            _rows[slot] = row++;
            Normalize(track.Embedding, _unitVectors.AsSpan(slot * _dimension, _dimension));
        }
    }

    public ClusterModel Model { get; }

    public int Count => _trackIds.Length;

    public int ClusterSize(int cluster) => _clusterStart[cluster + 1] - _clusterStart[cluster];

    public RecommendationResult Recommend(ReadOnlySpan<double> features, RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var embedded = Model.Embed(features);
        return RecommendEmbedded(embedded, query);
    }

    public RecommendationResult RecommendEmbedded(ReadOnlySpan<double> embedded, RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = Math.Max(1, query.Top);
        var probes = Model.NearestClusters(embedded, query.Exact ? Model.K : Math.Max(1, query.NProbe));
        Span<double> unitQuery = stackalloc double[_dimension];
        Normalize(embedded, unitQuery);

        var best = new TopN(top);
        foreach (var cluster in query.Exact ? Enumerable.Range(0, Model.K) : probes)
        {
            for (var slot = _clusterStart[cluster]; slot < _clusterStart[cluster + 1]; slot++)
            {
                if (_trackIds[slot] == query.ExcludeTrackId) continue;
                var similarity = Dot(unitQuery, _unitVectors.AsSpan(slot * _dimension, _dimension));
                best.Offer(slot, _rows[slot], similarity);
            }
        }

        var items = best.Drain()
            .Select(e => new Neighbor(_trackIds[e.Slot], e.Similarity, ClusterOfSlot(e.Slot)))
            .ToArray();
        return new RecommendationResult(probes[0], probes, items);
    }

    private int ClusterOfSlot(int slot)
    {
        var index = Array.BinarySearch(_clusterStart, slot);
        if (index >= 0)
        {
            // Several clusters may start at the same slot when some are empty: take the last one.
            while (index + 1 < _clusterStart.Length && _clusterStart[index + 1] == slot) index++;
            return index;
        }
        return ~index - 1;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Normalize(ReadOnlySpan<double> source, Span<double> destination)
    {
        var norm = Math.Sqrt(Dot(source, source));
        // A zero vector has no direction: it is similar to nothing (similarity 0 everywhere).
        var inverse = norm > 0 ? 1.0 / norm : 0.0;
        for (var i = 0; i < source.Length; i++) destination[i] = source[i] * inverse;
    }

    /// <summary>Keeps the best N (slot, similarity) pairs; ties go to the track given first (row order).</summary>
    private sealed class TopN(int capacity)
    {
        private readonly PriorityQueue<int, (double Similarity, int Row)> _heap = new(capacity + 1, WorstFirst.Instance);
        private readonly Dictionary<int, double> _similarities = new(capacity + 1);

        public void Offer(int slot, int row, double similarity)
        {
            if (_heap.Count == capacity)
            {
                _heap.TryPeek(out _, out var worst);
                if (Compare((similarity, row), worst) <= 0) return;
                var removed = _heap.Dequeue();
                _similarities.Remove(removed);
            }
            _heap.Enqueue(slot, (similarity, row));
            _similarities[slot] = similarity;
        }

        public List<(int Slot, double Similarity)> Drain()
        {
            var result = new List<(int Slot, double Similarity)>(_heap.Count);
            while (_heap.TryDequeue(out var slot, out _)) result.Add((slot, _similarities[slot]));
            result.Reverse();
            return result;
        }

        // Positive when a ranks better than b.
        private static int Compare((double Similarity, int Row) a, (double Similarity, int Row) b)
        {
            var bySimilarity = a.Similarity.CompareTo(b.Similarity);
            return bySimilarity != 0 ? bySimilarity : b.Row.CompareTo(a.Row);
        }

        private sealed class WorstFirst : IComparer<(double Similarity, int Row)>
        {
            public static readonly WorstFirst Instance = new();

            public int Compare((double Similarity, int Row) x, (double Similarity, int Row) y) => TopN.Compare(x, y);
        }
    }
}
