namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// A k-d tree per cluster over the tracks' unit vectors. For unit vectors cos(q, x) = 1 − ‖q − x‖²/2,
/// so a bounding box whose nearest point is farther than √(2 − 2τ) from the query holds no track
/// with similarity ≥ τ and can be skipped whole; the search stays exact. (A zero track vector has
/// similarity 0 and distance 1, which the same test never wrongly skips.) Leaves are runs of whole
/// SIMD blocks: the tree decides the slot order of its cluster. Deterministic: splits at a
/// block-aligned middle of the widest coordinate, ties by input row.
/// </summary>
internal sealed class KdTree
{
    public const int LeafSize = 64;

    private readonly int _dimension;
    private readonly int _width;
    private readonly List<double> _boxes = [];
    private readonly List<(int From, int To, int Left, int Right)> _nodes = [];

    public KdTree(int dimension, int width)
    {
        _dimension = dimension;
        _width = width;
    }

    /// <summary>Adds a cluster's tree, reordering <paramref name="rows"/> into leaf order; returns the root.</summary>
    public int Add(int[] rows, double[] unitByRow, int firstSlot) =>
        rows.Length == 0 ? -1 : Build(rows, 0, rows.Length, unitByRow, firstSlot);

    /// <summary>Slot range of a leaf, or null for an inner node.</summary>
    public (int From, int To)? Leaf(int node) => _nodes[node].Left < 0 ? (_nodes[node].From, _nodes[node].To) : null;

    public (int Left, int Right) Children(int node) => (_nodes[node].Left, _nodes[node].Right);

    /// <summary>Squared distance from the query to the node's box (0 inside).</summary>
    public double LowerBound(int node, ReadOnlySpan<double> query)
    {
        var offset = node * 2 * _dimension;
        var sum = 0.0;
        for (var j = 0; j < _dimension; j++)
        {
            var below = _boxes[offset + j] - query[j];
            var above = query[j] - _boxes[offset + _dimension + j];
            var gap = Math.Max(0, Math.Max(below, above));
            sum += gap * gap;
        }
        return sum;
    }

    private int Build(int[] rows, int lo, int hi, double[] unit, int firstSlot)
    {
        var node = _nodes.Count;
        _nodes.Add((firstSlot + lo, firstSlot + hi, -1, -1));
        var widest = AddBox(rows, lo, hi, unit);
        if (hi - lo <= LeafSize) return node;

        // lo is block-aligned within the cluster, so every leaf starts on a SIMD block.
        var middle = lo + ((hi - lo) / 2 + _width - 1) / _width * _width;
        Select(rows, lo, hi, middle, row => unit[row * _dimension + widest]);
        var left = Build(rows, lo, middle, unit, firstSlot);
        var right = Build(rows, middle, hi, unit, firstSlot);
        _nodes[node] = (firstSlot + lo, firstSlot + hi, left, right);
        return node;
    }

    /// <summary>Appends the rows' bounding box; returns the coordinate with the widest range.</summary>
    private int AddBox(int[] rows, int lo, int hi, double[] unit)
    {
        var min = Enumerable.Repeat(double.PositiveInfinity, _dimension).ToArray();
        var max = Enumerable.Repeat(double.NegativeInfinity, _dimension).ToArray();
        for (var i = lo; i < hi; i++)
        {
            for (var j = 0; j < _dimension; j++)
            {
                var v = unit[rows[i] * _dimension + j];
                min[j] = Math.Min(min[j], v);
                max[j] = Math.Max(max[j], v);
            }
        }
        _boxes.AddRange(min);
        _boxes.AddRange(max);
        var widest = 0;
        for (var j = 1; j < _dimension; j++)
        {
            if (max[j] - min[j] > max[widest] - min[widest]) widest = j;
        }
        return widest;
    }

    /// <summary>Quickselect: afterwards rows[lo..k) all order before rows[k..hi) by (key, row).</summary>
    private static void Select(int[] rows, int lo, int hi, int k, Func<int, double> key)
    {
        bool Less(int a, int b) => key(a) < key(b) || (key(a) == key(b) && a < b);
        while (hi - lo > 1)
        {
            int a = lo, b = lo + (hi - lo) / 2, c = hi - 1;
            var pivot = Less(rows[a], rows[b]) ? (Less(rows[b], rows[c]) ? b : Less(rows[a], rows[c]) ? c : a)
                                               : (Less(rows[a], rows[c]) ? a : Less(rows[b], rows[c]) ? c : b);
            (rows[pivot], rows[hi - 1]) = (rows[hi - 1], rows[pivot]);
            var store = lo;
            for (var i = lo; i < hi - 1; i++)
            {
                if (!Less(rows[i], rows[hi - 1])) continue;
                (rows[i], rows[store]) = (rows[store], rows[i]);
                store++;
            }
            (rows[store], rows[hi - 1]) = (rows[hi - 1], rows[store]);
            if (store == k) return;
            if (k < store) hi = store;
            else lo = store + 1;
        }
    }
}
