namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// The index's memory layout. Tracks are grouped by cluster; each cluster starts on a SIMD block
/// boundary (padding slots have row −1) and is ordered by its <see cref="KdTree"/>'s leaves.
/// </summary>
internal sealed class IndexStorage
{
    public IndexStorage(int clusters, int dimension, IReadOnlyList<IndexedTrack> tracks)
    {
        Dimension = dimension;
        var width = CosineBlocks.Width;
        var unitByRow = new double[tracks.Count * dimension];
        var members = Enumerable.Range(0, clusters).Select(_ => new List<int>()).ToArray();
        for (var row = 0; row < tracks.Count; row++)
        {
            var track = tracks[row];
            if ((uint)track.Cluster >= (uint)clusters) throw new ArgumentException($"Track {track.TrackId} has cluster {track.Cluster} outside 0..{clusters - 1}.", nameof(tracks));
            if (track.Embedding is null || track.Embedding.Length != dimension) throw new ArgumentException($"Track {track.TrackId} has the wrong dimension.", nameof(tracks));
            Normalize(track.Embedding, unitByRow.AsSpan(row * dimension, dimension));
            members[track.Cluster].Add(row);
        }

        Start = new int[clusters + 1];
        Size = members.Select(m => m.Count).ToArray();
        for (var c = 0; c < clusters; c++) Start[c + 1] = Start[c] + (Size[c] + width - 1) / width * width;
        var slots = Start[clusters];
        TrackIds = new int[slots];
        Rows = Enumerable.Repeat(-1, slots).ToArray();
        ClusterOfSlot = new int[slots];
        Unit = new double[slots * dimension];
        Blocks = new CosineBlocks(slots, dimension);
        Tree = new KdTree(dimension, width);
        Roots = new int[clusters];
        for (var c = 0; c < clusters; c++)
        {
            var ordered = members[c].ToArray();
            Roots[c] = Tree.Add(ordered, unitByRow, Start[c]);
            for (var i = 0; i < ordered.Length; i++)
            {
                var slot = Start[c] + i;
                var row = ordered[i];
                TrackIds[slot] = tracks[row].TrackId;
                Rows[slot] = row;
                var unit = unitByRow.AsSpan(row * dimension, dimension);
                unit.CopyTo(Unit.AsSpan(slot * dimension, dimension));
                Blocks.Set(slot, unit);
            }
            Array.Fill(ClusterOfSlot, c, Start[c], Start[c + 1] - Start[c]);
        }
    }

    public int Dimension { get; }

    /// <summary>First slot of cluster c (block-aligned); <c>Start[K]</c> is the slot count.</summary>
    public int[] Start { get; }

    /// <summary>Real tracks in cluster c (the rest of its slots up to the next start are padding).</summary>
    public int[] Size { get; }

    public int[] TrackIds { get; }

    /// <summary>Input position of the track in each slot, −1 for padding.</summary>
    public int[] Rows { get; }

    public int[] ClusterOfSlot { get; }

    public double[] Unit { get; }

    public CosineBlocks Blocks { get; }

    public KdTree Tree { get; }

    /// <summary>Root node of each cluster's tree, −1 for an empty cluster.</summary>
    public int[] Roots { get; }

    public double ExactSimilarity(ReadOnlySpan<double> unitQuery, int slot)
    {
        var vector = Unit.AsSpan(slot * Dimension, Dimension);
        var sum = 0.0;
        for (var j = 0; j < vector.Length; j++) sum += unitQuery[j] * vector[j];
        return sum;
    }

    /// <summary>Writes the unit vector; false (and zeros) for a zero vector, which has no direction.</summary>
    public static bool Normalize(ReadOnlySpan<double> source, Span<double> destination)
    {
        var squares = 0.0;
        foreach (var v in source) squares += v * v;
        var norm = Math.Sqrt(squares);
        var inverse = norm > 0 ? 1.0 / norm : 0.0;
        for (var i = 0; i < source.Length; i++) destination[i] = source[i] * inverse;
        return norm > 0;
    }
}
