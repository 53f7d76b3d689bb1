using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Catalog;

/// <summary>Search answers from an index on both providers and stays in step with every write.</summary>
public sealed class TrackSearchTests
{
    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_WhenCatalogIsImported_FindsByTitleArtistAndShortJapaneseTitles(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await Importers.For(db).ImportFileAsync(SharedData.AnimeCsv);
            await Importers.For(db).ImportFileAsync(SharedData.KpopWesternCsv);
        }
        await using var search = database.CreateContext();

        var byTitle = await new TrackSearch(search, new SearchCorpusCache()).SearchAsync("DYNAMITE", 5);
        var shortTitle = await new TrackSearch(search, new SearchCorpusCache()).SearchAsync("怪物", 5);

        Assert.Equal("Dynamite", byTitle[0].Title);
        // Without the multi-genre file nothing names the slug "bts": no artist rather than a slug.
        Assert.Equal("", byTitle[0].Artists);
        Assert.Contains(shortTitle, m => m.SpotifyId == "06XQvnJb53SUYmlWIhUXUi");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_WhenTracksAreAddedChangedAndRemoved_FollowsEveryWrite(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var track = new Track
        {
            SpotifyId = "1234567890123456789012",
            Title = "Zebra Moonlight",
            Artists = "Quokka Band",
            Catalogs = Catalogs.Reference,
            Source = "spotify",
            Features = new AudioFeatures(0.5, 0.5, -6, 0.05, 0.2, 0, 0.1, 0.5, 120),
            SearchText = SearchTextNormalizer.ForTrack("Zebra Moonlight", "Quokka Band", null),
        };
        db.Tracks.Add(track);
        await db.SaveChangesAsync();
        // One corpus across the writes, as the site holds it; every write of a track sets its UpdatedAt.
        using var corpus = new SearchCorpusCache();
        var search = new TrackSearch(db, corpus);
        Assert.Single(await search.SearchAsync("zebra quokka", 5));

        track.Title = "Walrus Sunrise";
        track.SearchText = SearchTextNormalizer.ForTrack(track.Title, track.Artists, null);
        track.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        Assert.Empty(await search.SearchAsync("zebra", 5));
        Assert.Single(await search.SearchAsync("walrus sunrise", 5));

        db.Tracks.Remove(track);
        await db.SaveChangesAsync();
        Assert.Empty(await search.SearchAsync("walrus", 5));
        Assert.Empty(await new TrackSearch(db, new SearchCorpusCache()).SearchAsync("walrus", 5));
    }
}
