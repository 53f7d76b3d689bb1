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
    public static IReadOnlyList<int> Pick(IEnumerable<int> candidates, int count, int? excludeId, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = candidates.Where(id => id != excludeId).Distinct().Order().ToArray();
        var take = Math.Clamp(count, 0, pool.Length);
        var random = new Random(seed);
        // A partial Fisher–Yates shuffle: the first `take` slots end up a uniform sample.
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..take];
    }
}
