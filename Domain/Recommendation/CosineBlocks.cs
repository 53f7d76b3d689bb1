using System.Numerics;

namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// Unit vectors as float32 in blocks of one SIMD width (8 tracks with AVX2): block b holds
/// dimension 0 of its tracks, then dimension 1, and so on, so a block's similarities to a query are
/// <c>dimension</c> fused multiply-adds over one contiguous run of memory. Half the bytes of doubles
/// is what keeps a million-track scan within memory bandwidth.
/// </summary>
internal sealed class CosineBlocks
{
    private readonly float[] _values;
    private readonly int _dimension;

    public CosineBlocks(int slots, int dimension)
    {
        if (slots % Width != 0) throw new ArgumentException("Slots must fill whole blocks.", nameof(slots));
        _dimension = dimension;
        _values = new float[slots * dimension];
    }

    public static int Width => Vector<float>.Count;

    public void Set(int slot, ReadOnlySpan<double> unit)
    {
        var block = slot / Width;
        var lane = slot % Width;
        for (var j = 0; j < _dimension; j++) _values[(block * _dimension + j) * Width + lane] = (float)unit[j];
    }

    /// <summary>
    /// Offers to <paramref name="candidates"/> every track in blocks [<paramref name="fromBlock"/>,
    /// <paramref name="toBlock"/>) whose float similarity reaches their running threshold.
    /// </summary>
    public void Scan(ReadOnlySpan<float> query, int fromBlock, int toBlock, TopCandidates candidates)
    {
        Span<Vector<float>> q = stackalloc Vector<float>[_dimension];
        for (var j = 0; j < _dimension; j++) q[j] = new Vector<float>(query[j]);
        var values = _values.AsSpan();
        var threshold = new Vector<float>(candidates.Threshold);
        for (var block = fromBlock; block < toBlock; block++)
        {
            var offset = block * _dimension * Width;
            var sum = Vector<float>.Zero;
            for (var j = 0; j < q.Length; j++)
            {
                sum = Vector.FusedMultiplyAdd(q[j], new Vector<float>(values.Slice(offset + j * Width, Width)), sum);
            }
            if (Vector.LessThanAll(sum, threshold)) continue;
            for (var lane = 0; lane < Width; lane++)
            {
                if (sum[lane] >= candidates.Threshold) candidates.Offer(block * Width + lane);
            }
            threshold = new Vector<float>(candidates.Threshold);
        }
    }
}
