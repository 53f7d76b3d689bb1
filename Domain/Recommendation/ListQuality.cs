namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// How clean a set of recommendation lists is (issue 10, part 7): the share of lists that show a song twice,
/// that hold more than the cap of picks by one artist, that show an item with no artist or with a slug for
/// one; how many distinct tracks the lists expose, and how evenly (the Gini coefficient of exposure over the
/// whole catalog, unexposed tracks counting as zero: 0 is perfectly even, 1 is one track shown every time).
/// </summary>
public static class ListQuality
{
    public static QualityFigures Measure(IReadOnlyCollection<IReadOnlyList<QualityItem>> lists, int maxPerArtist, int catalogSize)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var exposure = new Dictionary<int, int>();
        int repeating = 0, overCap = 0, withEmpty = 0, withSlug = 0, items = 0, emptyItems = 0, slugItems = 0, extraCopies = 0;
        foreach (var list in lists)
        {
            items += list.Count;
            var songs = list.GroupBy(i => i.SongId).Select(g => g.Count()).ToArray();
            if (songs.Any(n => n > 1)) repeating++;
            extraCopies += songs.Sum(n => n - 1);
            var perArtist = list.SelectMany(i => i.ArtistKeys.Distinct(StringComparer.Ordinal)).GroupBy(k => k, StringComparer.Ordinal);
            if (perArtist.Any(g => g.Count() > maxPerArtist)) overCap++;
            var empty = list.Count(i => i.EmptyArtist);
            var slug = list.Count(i => i.SlugArtist);
            emptyItems += empty;
            slugItems += slug;
            if (empty > 0) withEmpty++;
            if (slug > 0) withSlug++;
            foreach (var item in list) exposure[item.TrackId] = exposure.GetValueOrDefault(item.TrackId) + 1;
        }
        var count = Math.Max(1, lists.Count);
        return new QualityFigures(
            lists.Count,
            (double)repeating / count,
            (double)extraCopies / count,
            (double)overCap / count,
            (double)withEmpty / count,
            items == 0 ? 0 : (double)emptyItems / items,
            (double)withSlug / count,
            items == 0 ? 0 : (double)slugItems / items,
            exposure.Count,
            Gini(exposure.Values, Math.Max(catalogSize, exposure.Count)));
    }

    /// <summary>Gini of <paramref name="counts"/> padded with zeros to <paramref name="population"/> values.</summary>
    public static double Gini(IEnumerable<int> counts, int population)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var sorted = counts.Where(c => c > 0).Order().ToArray();
        var total = sorted.Sum(c => (double)c);
        if (population <= 0 || total == 0) return 0;
        // Ascending order, 1-based ranks: G = 2 Σ rank·x / (n Σ x) − (n + 1) / n; the zeros take the first ranks.
        var zeros = population - sorted.Length;
        var weighted = 0.0;
        for (var i = 0; i < sorted.Length; i++) weighted += (zeros + i + 1) * (double)sorted[i];
        return 2 * weighted / (population * total) - (population + 1.0) / population;
    }
}
