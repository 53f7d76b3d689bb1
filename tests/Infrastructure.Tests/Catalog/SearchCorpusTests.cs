using MusicRecommender.Infrastructure.Catalog;

namespace MusicRecommender.Infrastructure.Tests.Catalog;

/// <summary>The in-memory corpus answers exactly what a full scan in popularity order answers.</summary>
public sealed class SearchCorpusTests
{
    private static readonly string[] Words =
    [
        "love", "night", "heart", "fire", "summer", "dream", "blue", "light", "river", "gold", "rain", "home",
        "moon", "sun", "sky", "butterfly", "satellite", "mountain", "coffee", "candle", "夜", "桜の花", "사랑해",
    ];

    [Fact]
    public void Match_OverALargeCatalogWithCommonWords_GivesTheMostPopularMatchesInOrderLikeAFullScan()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(1, 60_000)
            .Select(id => new SearchEntry(id, random.Next(12) == 0 ? null : random.Next(0, 101),
                string.Join(' ', Enumerable.Range(0, random.Next(2, 8)).Select(_ => Words[random.Next(Words.Length)]))))
            .ToList();
        var corpus = SearchCorpus.Build(rows);
        string[][] queries =
        [
            // One common word (the pool fills at once), rare combinations, parts of words, short words,
            // CJK and Hangul, a trigram that occurs nowhere, a word under three characters with a long one.
            ["love"], ["love", "night", "butterfly", "coffee"], ["satellite", "mountain", "candle"], ["ove"], ["tter", "atel"],
            ["su"], ["s"], ["夜"], ["桜の花", "love"], ["사랑"], ["zzz"], ["xyzzy", "love"], ["he", "mountain"], ["light", "ligh", "ght"],
            ["gold rain"],
        ];

        foreach (var terms in queries)
        {
            foreach (var limit in new[] { 1, 400, 5000 })
            {
                var expected = rows
                    .Where(r => terms.All(t => r.Text.Contains(t, StringComparison.Ordinal)))
                    .OrderByDescending(r => r.Popularity ?? -1).ThenBy(r => r.Id)
                    .Take(limit)
                    .Select(r => r.Id)
                    .ToList();
                var actual = corpus.Match(terms, limit).Select(r => r.Id).ToList();
                Assert.True(expected.SequenceEqual(actual), $"[{string.Join(", ", terms)}] limit {limit}: {expected.Count} expected, {actual.Count} found");
            }
        }
        // The common word fills even the large pool, most popular first.
        Assert.Equal(5000, corpus.Match(["love"], 5000).Count);
    }

    [Fact]
    public void Match_WhenIdsAreSkipped_LeavesThemOutAndStillFillsThePool()
    {
        var corpus = SearchCorpus.Build(Enumerable.Range(1, 10).Select(id => new SearchEntry(id, id, "same words")));

        var matches = corpus.Match(["words"], 3, new HashSet<int> { 10, 8 });

        Assert.Equal([9, 7, 6], matches.Select(m => m.Id));
    }
}
