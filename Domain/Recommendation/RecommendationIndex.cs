namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// Cosine top-N over a catalog's tracks in a model's embedded space. Exact mode scans every track
/// (float32 SIMD, settled in double: the reference answer). Cluster mode searches the
/// <c>NProbe</c> clusters nearest the query (1 = the seeds' behaviour), and inside each only the
/// leaves of its k-d tree that could still hold a track beating the current N-th best, nearest
/// first (see <see cref="KdTree"/>). That pruning loses nothing, so with <c>NProbe = K</c> cluster
/// mode returns exactly the exact answer. Ties go to the track given first.
/// Immutable once built; safe to share between requests.
/// </summary>
public sealed class RecommendationIndex
{
    private readonly IndexStorage _storage;

    public RecommendationIndex(ClusterModel model, IReadOnlyCollection<IndexedTrack> tracks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tracks);
        Model = model;
        _storage = new IndexStorage(model.K, model.Dimension, tracks as IReadOnlyList<IndexedTrack> ?? tracks.ToArray());
        Count = tracks.Count;
    }

    public ClusterModel Model { get; }

    public int Count { get; }

    public int ClusterSize(int cluster) => _storage.Size[cluster];

    public RecommendationResult Recommend(ReadOnlySpan<double> features, RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RecommendEmbedded(Model.Embed(features), query);
    }

    public RecommendationResult RecommendEmbedded(ReadOnlySpan<double> embedded, RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var probes = Model.NearestClusters(embedded, query.Exact ? Model.K : Math.Max(1, query.NProbe));
        var unitQuery = new double[Model.Dimension];
        var hasDirection = IndexStorage.Normalize(embedded, unitQuery);
        Span<float> floatQuery = stackalloc float[Model.Dimension];
        for (var j = 0; j < floatQuery.Length; j++) floatQuery[j] = (float)unitQuery[j];

        var candidates = new TopCandidates(Math.Max(1, query.Top), _storage, unitQuery, query.ExcludeTrackId);
        var blocks = 0;
        if (query.Exact || !hasDirection)
        {
            // A zero query is equally similar (0) to everything, so there is nothing to prune.
            foreach (var cluster in query.Exact ? Enumerable.Range(0, Model.K) : probes) blocks += ScanCluster(cluster, floatQuery, candidates);
        }
        else
        {
            foreach (var cluster in probes) blocks += SearchTree(cluster, unitQuery, floatQuery, candidates);
        }

        var items = candidates.Result()
            .Select(c => new Neighbor(_storage.TrackIds[c.Slot], c.Similarity, _storage.ClusterOfSlot[c.Slot]))
            .ToArray();
        return new RecommendationResult(probes[0], probes, items) { Examined = blocks * CosineBlocks.Width };
    }

    private int ScanCluster(int cluster, ReadOnlySpan<float> query, TopCandidates candidates)
    {
        var width = CosineBlocks.Width;
        var from = _storage.Start[cluster] / width;
        var to = _storage.Start[cluster + 1] / width;
        _storage.Blocks.Scan(query, from, to, candidates);
        return to - from;
    }

    /// <summary>Depth-first through the cluster's tree, nearer child first, skipping boxes out of reach.</summary>
    private int SearchTree(int cluster, double[] unitQuery, ReadOnlySpan<float> query, TopCandidates candidates)
    {
        var root = _storage.Roots[cluster];
        if (root < 0) return 0;
        var tree = _storage.Tree;
        var width = CosineBlocks.Width;
        var stack = new Stack<(int Node, double Bound)>();
        stack.Push((root, tree.LowerBound(root, unitQuery)));
        var scanned = 0;
        while (stack.TryPop(out var entry))
        {
            if (entry.Bound > Reach(candidates)) continue;
            if (tree.Leaf(entry.Node) is var (from, to))
            {
                var (fromBlock, toBlock) = (from / width, (to + width - 1) / width);
                _storage.Blocks.Scan(query, fromBlock, toBlock, candidates);
                scanned += toBlock - fromBlock;
                continue;
            }
            var (left, right) = tree.Children(entry.Node);
            var leftBound = tree.LowerBound(left, unitQuery);
            var rightBound = tree.LowerBound(right, unitQuery);
            if (leftBound <= rightBound)
            {
                stack.Push((right, rightBound));
                stack.Push((left, leftBound));
            }
            else
            {
                stack.Push((left, leftBound));
                stack.Push((right, rightBound));
            }
        }
        return scanned;
    }

    /// <summary>
    /// Squared distance between unit vectors beyond which a track cannot enter the top N:
    /// cos ≥ τ ⇔ ‖q − x‖² ≤ 2 − 2τ. The threshold already carries the float margin; 1e-9 absorbs rounding.
    /// </summary>
    private static double Reach(TopCandidates candidates)
    {
        var threshold = candidates.ExactThreshold;
        return threshold <= -1 ? double.PositiveInfinity : 2 - 2 * threshold + 1e-9;
    }
}
