using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.TestSupport;
using static MusicRecommender.TestSupport.CatalogFiles;

namespace MusicRecommender.Infrastructure.Tests.Catalog;

/// <summary>Artist identity and song groups as the importer leaves them, on both providers.</summary>
public sealed class CatalogIdentityTests : IDisposable
{
    private readonly TempFolder _files = new("musicrec-identity");

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenAnotherFileCreditsASlugsTrack_NamesAllItsTracksAndSearchFindsThemByName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        WriteSlugList(
            SlugListRow(Id(1), "taylor", "Fearless", "Love Story", 0, FeaturesFor(1)),
            SlugListRow(Id(2), "taylor", "1989", "Shake It Off", 0, FeaturesFor(2)),
            SlugListRow(Id(3), "taylor", "1989", "Blank Space", 0, FeaturesFor(3)),
            SlugListRow(Id(4), "hungha_k", "Querencia", "Gotta Go", 1, FeaturesFor(4)));
        WriteMultiGenre(MultiGenreRow(Id(1), "Taylor Swift", "Fearless", "Love Story", "pop", FeaturesFor(1)));

        await using (var db = database.CreateContext()) await Importers.For(db).ImportAsync(_files.Path);

        await using var check = database.CreateContext();
        var tracks = await check.Tracks.AsNoTracking().OrderBy(t => t.Id).ToDictionaryAsync(t => t.SpotifyId);
        Assert.Equal("Taylor Swift", tracks[Id(1)].Artists);
        Assert.False(tracks[Id(1)].ArtistsFromSlug);
        Assert.All(new[] { Id(2), Id(3) }, id => Assert.Equal(("Taylor Swift", true, "taylor"), (tracks[id].Artists, tracks[id].ArtistsFromSlug, tracks[id].ArtistSlug)));
        // Nobody credits hungha: no name is better than a slug.
        Assert.Equal(("", "hungha"), (tracks[Id(4)].Artists, tracks[Id(4)].ArtistSlug));
        Assert.Equal("Taylor Swift", (await check.Artists.SingleAsync(a => a.Key == "taylorswift")).Name);
        Assert.Equal(3, await check.TrackArtists.CountAsync(c => c.ArtistKey == "taylorswift"));
        var found = await new TrackSearch(check, new SearchCorpusCache()).SearchAsync("Taylor Swift", 10);
        Assert.Equal([Id(1), Id(2), Id(3)], found.Select(m => m.SpotifyId).Order(StringComparer.Ordinal));
        Assert.Empty(await new TrackSearch(check, new SearchCorpusCache()).SearchAsync("hungha", 10));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenRunAgain_WritesNothingAndKeepsEveryName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        WriteSlugList(SlugListRow(Id(1), "bts_k", "BE", "Dynamite", 1, FeaturesFor(1)), SlugListRow(Id(2), "bts_k", "BE", "Life Goes On", 1, FeaturesFor(2)));
        WriteMultiGenre(MultiGenreRow(Id(1), "BTS", "BE", "Dynamite", "k-pop", FeaturesFor(1)));
        await using (var db = database.CreateContext()) await Importers.For(db).ImportAsync(_files.Path);
        var before = await SnapshotAsync(database);

        IdentitySummary? again;
        await using (var db = database.CreateContext()) again = (await Importers.For(db).ImportAsync(_files.Path)).Identity;

        Assert.NotNull(again);
        Assert.False(again.ChangedAnything);
        Assert.Equal(before, await SnapshotAsync(database));
        Assert.Contains("BTS|True|bts", before, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenACreditNameHoldsAComma_KeepsItOneArtist(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        WriteMultiGenre(
            MultiGenreRow(Id(1), "Earth, Wind & Fire;The Emotions", "I Am", "Boogie Wonderland", "disco", FeaturesFor(1)),
            MultiGenreRow(Id(2), "Earth, Wind & Fire", "That's the Way of the World", "Shining Star", "disco", FeaturesFor(2)));

        await using (var db = database.CreateContext()) await Importers.For(db).ImportAsync(_files.Path);
        await using (var db = database.CreateContext()) await Importers.Identity(db).UpdateAllAsync();

        await using var check = database.CreateContext();
        var credits = await check.TrackArtists.AsNoTracking().OrderBy(c => c.TrackId).ThenBy(c => c.Position).Select(c => c.ArtistKey).ToListAsync();
        Assert.Equal(["earthwindfire", "theemotions", "earthwindfire"], credits);
        Assert.Equal("Earth, Wind & Fire", (await check.Artists.SingleAsync(a => a.Key == "earthwindfire")).Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_GroupsVersionsOfASongAndKeepsSameTitledSongsByOthersApart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        WriteMultiGenre(
            MultiGenreRow(Id(1), "BTS", "Butter", "Butter", "k-pop", FeaturesFor(1), 164_000),
            MultiGenreRow(Id(2), "BTS", "Butter (Hotter, Sweeter, Cooler)", "Butter - Instrumental", "k-pop", FeaturesFor(2), 164_500),
            MultiGenreRow(Id(3), "bts", "Butter", "BUTTER (Megan Thee Stallion Remix)", "k-pop", FeaturesFor(3), 170_000),
            MultiGenreRow(Id(4), "Cadillac", "Butter", "Butter", "k-pop", FeaturesFor(4), 190_000),
            MultiGenreRow(Id(5), "BTS", "BE", "Dynamite", "k-pop", FeaturesFor(5), 199_000));

        await using (var db = database.CreateContext()) await Importers.For(db).ImportAsync(_files.Path);

        await using var check = database.CreateContext();
        var songs = await check.Tracks.AsNoTracking().ToDictionaryAsync(t => t.SpotifyId, t => t.SongId);
        var butter = songs[Id(1)];
        Assert.NotNull(butter);
        Assert.Equal(butter, songs[Id(2)]);
        Assert.Equal(butter, songs[Id(3)]);
        Assert.NotEqual(butter, songs[Id(4)]);
        Assert.NotEqual(butter, songs[Id(5)]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateTracks_WhenATrackIsAddedLater_JoinsItsSongAndGetsItsCredit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        WriteMultiGenre(MultiGenreRow(Id(1), "LiSA", "LEO-NiNE", "Gurenge", "anime", FeaturesFor(1), 238_000));
        await using (var db = database.CreateContext()) await Importers.For(db).ImportAsync(_files.Path);

        int added;
        await using (var db = database.CreateContext())
        {
            var track = new Track
            {
                SpotifyId = Id(2), Title = "Gurenge - TV Size", Artists = "LiSA", Catalogs = Catalogs.Anime, Source = "spotify",
                Features = FeaturesFor(2), DurationMs = 89_000, SearchText = SearchTextNormalizer.ForTrack("Gurenge - TV Size", "LiSA", null),
            };
            db.Tracks.Add(track);
            await db.SaveChangesAsync();
            added = track.Id;
            await Importers.Identity(db).UpdateTracksAsync([added]);
        }

        await using var check = database.CreateContext();
        var first = await check.Tracks.SingleAsync(t => t.SpotifyId == Id(1));
        Assert.Equal(first.Id, (await check.Tracks.SingleAsync(t => t.Id == added)).SongId);
        Assert.Equal("lisa", (await check.TrackArtists.SingleAsync(c => c.TrackId == added)).ArtistKey);
    }

    private void WriteSlugList(params string[] rows) => Write(_files.Path, "kpop_western_tracks.csv", SlugListHeader, rows);

    private void WriteMultiGenre(params string[] rows) => Write(_files.Path, "spotify_tracks_multigenre.csv", MultiGenreHeader, rows);

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        var credits = await db.TrackArtists.AsNoTracking().OrderBy(c => c.TrackId).ThenBy(c => c.Position).ToListAsync();
        return string.Join("\n", tracks.Select(t => $"{t.Id}|{t.Artists}|{t.ArtistsFromSlug}|{t.ArtistSlug}|{t.SongId}|{t.SearchText}|{t.UpdatedAt:O}")
            .Concat(credits.Select(c => $"{c.TrackId}:{c.ArtistKey}")));
    }
}
