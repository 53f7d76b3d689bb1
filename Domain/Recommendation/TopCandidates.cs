namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// The running top N of one query, kept in exact (double) similarity, ties by input row. The float32
/// scan only screens: a track is rescored in double when its float similarity reaches the N-th best
/// minus <see cref="Margin"/>, which covers float rounding (unit vectors, a handful of terms: error
/// well under 1e-6). So the answer is exactly what a double scan gives, and memory stays O(N) even
/// when thousands of tracks tie.
/// </summary>
internal sealed class TopCandidates
{
    public const float Margin = 1e-5f;

    private readonly int _top;
    private readonly IndexStorage _storage;
    private readonly double[] _query;
    private readonly int? _excludedTrackId;
    private readonly double[] _similarity;
    private readonly int[] _row;
    private readonly int[] _slot;
    private int _count;
    private int _worst;

    public TopCandidates(int top, IndexStorage storage, double[] unitQuery, int? excludedTrackId)
    {
        _top = top;
        _storage = storage;
        _query = unitQuery;
        _excludedTrackId = excludedTrackId;
        _similarity = new double[top];
        _row = new int[top];
        _slot = new int[top];
    }

    /// <summary>Float similarities below this cannot enter the top N (−∞ until N are found).</summary>
    public float Threshold { get; private set; } = float.NegativeInfinity;

    /// <summary>The same bound in exact terms, for pruning by angle.</summary>
    public double ExactThreshold => _count < _top ? double.NegativeInfinity : _similarity[_worst] - Margin;

    public int Rescored { get; private set; }

    public void Offer(int slot)
    {
        var row = _storage.Rows[slot];
        if (row < 0 || _storage.TrackIds[slot] == _excludedTrackId) return;
        Rescored++;
        var similarity = _storage.ExactSimilarity(_query, slot);
        if (_count < _top)
        {
            Put(_count++, slot, row, similarity);
        }
        else
        {
            if (similarity < _similarity[_worst] || (similarity == _similarity[_worst] && row > _row[_worst])) return;
            Put(_worst, slot, row, similarity);
        }
        if (_count < _top) return;
        _worst = 0;
        for (var i = 1; i < _count; i++)
        {
            if (_similarity[i] < _similarity[_worst] || (_similarity[i] == _similarity[_worst] && _row[i] > _row[_worst])) _worst = i;
        }
        Threshold = (float)_similarity[_worst] - Margin;
    }

    /// <summary>(slot, similarity) best first, ties by input row.</summary>
    public (int Slot, double Similarity)[] Result() =>
        Enumerable.Range(0, _count)
            .OrderByDescending(i => _similarity[i])
            .ThenBy(i => _row[i])
            .Select(i => (_slot[i], _similarity[i]))
            .ToArray();

    private void Put(int at, int slot, int row, double similarity)
    {
        _slot[at] = slot;
        _row[at] = row;
        _similarity[at] = similarity;
    }
}
