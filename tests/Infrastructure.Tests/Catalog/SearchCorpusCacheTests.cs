using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Catalog;

/// <summary>One cache, as the site holds it, follows the database: new, changed and removed tracks, few or many.</summary>
public sealed class SearchCorpusCacheTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Match_WhenTracksAreWrittenAfterTheBuild_AnswersAsTheDatabaseDoes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        db.Tracks.AddRange(Enumerable.Range(0, 3000).Select(i => NewTrack(i, $"love song {i % 7}", i % 101, Start)));
        await db.SaveChangesAsync();
        // The overlay holds at most 10 writes; more rebuild the corpus.
        using var cache = new SearchCorpusCache(maxOverlay: 10);
        Assert.Equal(await ExpectedAsync(db, "love", "song", "3"), await MatchAsync(cache, db, "love", "song", "3"));

        // A few writes: a new most popular match, a match that no longer matches, a removed match.
        var top = NewTrack(9000, "love song 3 again", 101, Start.AddMinutes(1));
        db.Tracks.Add(top);
        var changed = await db.Tracks.FirstAsync(t => t.Title == "love song 3" && t.Popularity == 100);
        changed.SearchText = SearchTextNormalizer.ForTrack("silence", null, null);
        changed.UpdatedAt = Start.AddMinutes(1);
        var removed = await db.Tracks.FirstAsync(t => t.Title == "love song 3" && t.Popularity == 99);
        db.Tracks.Remove(removed);
        await db.SaveChangesAsync();
        // A removal leaves no write behind: the corpus still names the track until its row turns out missing.
        Assert.Contains(removed.Id, await MatchAsync(cache, db, "love", "song", "3"));
        cache.Forget([removed.Id]);
        var afterFew = await MatchAsync(cache, db, "love", "song", "3");
        Assert.Equal(await ExpectedAsync(db, "love", "song", "3"), afterFew);
        Assert.Equal(top.Id, afterFew[0]);
        Assert.DoesNotContain(changed.Id, afterFew);

        // Many writes: every track's popularity turned around.
        var tracks = await db.Tracks.ToListAsync();
        foreach (var track in tracks)
        {
            track.Popularity = 101 - track.Popularity;
            track.UpdatedAt = Start.AddMinutes(2);
        }
        await db.SaveChangesAsync();
        Assert.Equal(await ExpectedAsync(db, "love", "song", "3"), await MatchAsync(cache, db, "love", "song", "3"));
    }

    private static async Task<List<int>> MatchAsync(SearchCorpusCache cache, AppDbContext db, params string[] terms) =>
        (await cache.MatchAsync(db, terms, 400)).ConvertAll(m => m.Id);

    private static async Task<List<int>> ExpectedAsync(AppDbContext db, params string[] terms)
    {
        var rows = await db.Tracks.AsNoTracking().Select(t => new { t.Id, t.Popularity, t.SearchText }).ToListAsync();
        return rows.Where(r => terms.All(term => r.SearchText.Contains(term, StringComparison.Ordinal)))
            .OrderByDescending(r => r.Popularity ?? -1).ThenBy(r => r.Id).Take(400).Select(r => r.Id).ToList();
    }

    private static Track NewTrack(int i, string title, int? popularity, DateTime at) => new()
    {
        SpotifyId = $"{i:D22}",
        Title = title,
        Catalogs = Catalogs.Reference,
        Source = "spotify",
        Popularity = popularity,
        Features = new AudioFeatures(0.5, 0.5, -6, 0.05, 0.2, 0, 0.1, 0.5, 120),
        SearchText = SearchTextNormalizer.ForTrack(title, null, null),
        AddedAt = at,
        UpdatedAt = at,
    };
}
