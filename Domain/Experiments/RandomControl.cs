namespace MusicRecommender.Domain.Experiments;

/// <summary>
/// The control arm: tracks drawn uniformly at random from the catalog (the K-pop seed's planned
/// baseline), reproducible from the seed stored with the impression.
/// </summary>
public static class RandomControl
{
    /// <summary>
    /// <paramref name="count"/> distinct ids from <paramref name="candidates"/> (never
    /// <paramref name="excludeId"/>), in draw order. Candidates are sorted first, so the same seed
    /// and catalog give the same list whatever order the caller holds them in.
    /// </summary>
    public static IReadOnlyList<int> Pick(IEnumerable<int> candidates, int count, int? excludeId, int seed) =>
        Draw(candidates, excludeId, seed).Take(Math.Max(0, count)).ToArray();

    /// <summary>
    /// Every candidate once, in a uniformly random order drawn as it is read (a Fisher–Yates shuffle one step
    /// at a time), so a caller that passes over some draws (one per song, a few per artist) reads on until its
    /// list is full. The first <c>n</c> draws are exactly <see cref="Pick"/>'s.
    /// </summary>
    public static IEnumerable<int> Draw(IEnumerable<int> candidates, int? excludeId, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = candidates.Where(id => id != excludeId).Distinct().Order().ToArray();
        return Shuffle(pool, seed);
    }

    /// <summary>
    /// <see cref="Draw"/> over a pool the caller holds sorted and distinct already (a served model's
    /// control pool), less <paramref name="excluded"/>, without sorting it again on every list: the same
    /// seed and pool give the same draws.
    /// </summary>
    public static IEnumerable<int> DrawSorted(IReadOnlyList<int> sortedDistinct, IReadOnlyCollection<int> excluded, int seed)
    {
        ArgumentNullException.ThrowIfNull(sortedDistinct);
        ArgumentNullException.ThrowIfNull(excluded);
        var pool = new int[sortedDistinct.Count];
        var count = 0;
        foreach (var id in sortedDistinct)
        {
            if (!excluded.Contains(id)) pool[count++] = id;
        }
        return Shuffle(count == pool.Length ? pool : pool[..count], seed);
    }

    private static IEnumerable<int> Shuffle(int[] pool, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < pool.Length; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            yield return pool[i];
        }
    }
}
