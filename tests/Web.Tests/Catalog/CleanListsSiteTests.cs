using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.Web.Catalog;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Catalog;

/// <summary>
/// A running site seeded from the popular-anime and K-pop/western lists only (the two files whose artists are
/// missing or slugs), with a fake ReccoBeats that knows the missing artists: enrichment names them in lists and
/// search without a restart, and an admin can keep a track out of lists by hand.
/// </summary>
public sealed class CleanListsSiteTests : IAsyncLifetime
{
    private readonly TempFolder _seed = new("musicrec-seed");
    private FakeSpotifyServer _fake = null!;
    private SiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        foreach (var file in new[] { SharedData.AnimeCsv, SharedData.KpopWesternCsv }) File.Copy(file, _seed.File(Path.GetFileName(file)));
        _fake = await FakeSpotifyServer.StartAsync();
        var settings = _fake.SiteSettings(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20));
        (settings["Spotify:ClientId"], settings["Spotify:ClientSecret"]) = ("", "");
        settings["Catalog:SeedPath"] = _seed.Path;
        // The test runs the job itself, once the fake knows the names.
        settings["Enrichment:AfterSeedImport"] = "false";
        _site = new SiteFactory(settings: settings);
        await _site.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        _site.Dispose();
        await _fake.DisposeAsync();
        _seed.Dispose();
    }

    [Fact]
    public async Task Enrichment_OnTheRunningSite_NamesTheMissingArtistsInListsAndSearchWithoutARestart()
    {
        var store = _site.Services.GetRequiredService<ModelStore>();
        var hungHa = await TrackIdAsync("hungha");
        Assert.Equal(ArtistSlug.UnknownArtist, store.Get(TargetCatalog.Kpop)!.Tracks[hungHa].DisplayArtists);
        await TeachFakeAsync();

        var report = await _site.Services.GetRequiredService<EnrichmentJob>().RunAsync(CancellationToken.None);

        Assert.True(report.Completed, report.StoppedBecause);
        Assert.Equal(0, report.Missing.NoArtist);
        await WaitForAsync(() => store.Get(TargetCatalog.Kpop)!.Tracks[hungHa].Artists == "CHUNG HA");
        var http = _site.CreateClient();
        foreach (var (name, slug) in new[] { ("CHUNG HA", "hungha"), ("Eric Nam", "ericnum"), ("BOL4", "bolt_4"), ("Juice WRLD", "juicewild") })
        {
            var found = await http.GetFromJsonAsync<JsonElement[]>($"/api/tracks/search?q={Uri.EscapeDataString(name)}&limit=50");
            var stored = await CountAsync(slug);
            // The last word matches as a prefix (search as you type), so "Eric Nam" also finds Eric Church's
            // "Mistress Named Music" — after all of Eric Nam's tracks.
            var theirs = found!.Take(Math.Min(50, stored)).ToArray();
            Assert.True(theirs.Length == Math.Min(50, stored), $"{name}: {found!.Length} found, {stored} stored");
            // Theirs: credited, or featured in the title ("Flex (feat. Juice WRLD)" by Polo G).
            Assert.All(theirs, item => Assert.True(KnownArtists.IsNameOf(slug, item.GetProperty("artists").GetString()!)
                || item.GetProperty("title").GetString()!.Contains(name, StringComparison.OrdinalIgnoreCase), item.ToString()));
        }
        var list = await http.GetFromJsonAsync<JsonElement>("/api/recommendations?catalog=kpop&danceability=0.7&energy=0.8&loudness=-5&speechiness=0.05&acousticness=0.1&instrumentalness=0&liveness=0.1&valence=0.6&tempo=120");
        var artists = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("artists").GetString()!).ToArray();
        Assert.Equal(10, artists.Length);
        Assert.DoesNotContain(artists, a => a == ArtistSlug.UnknownArtist || KnownArtists.SlugNames.ContainsKey(a));
    }

    [Fact]
    public async Task ExplorePage_WhenASongHasSeveralVersions_ShowsItOnceWithTheOthersUnderMoreVersions()
    {
        var model = _site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Kpop)!;
        var song = model.Tracks.Values.Where(t => t.Exclusion is null).GroupBy(t => t.SongId).First(g => g.Count() > 1).ToArray();
        var features = string.Join("&", AudioFeatures.Names.Select((name, i) =>
            $"{name}={song[0].Features[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"));

        var html = await _site.CreateClient().GetStringAsync($"/explore?{features}&catalog=kpop");

        var first = html.IndexOf("class=\"recommendation\" data-track-id=\"", StringComparison.Ordinal);
        var firstId = int.Parse(html[(first + 38)..].Split('"')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(firstId, song.Select(t => t.Id));
        Assert.Contains($"{song.Length - 1} more version{(song.Length == 2 ? "" : "s")}", html, StringComparison.Ordinal);
        Assert.Equal(1, song.Count(t => html.Contains($"data-track-id=\"{t.Id}\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ExclusionsPage_WhenAnAdminKeepsATrackOut_ListsItWithTheReasonAndLeavesItOutOfLists()
    {
        var store = _site.Services.GetRequiredService<ModelStore>();
        var model = store.Get(TargetCatalog.Anime)!;
        var query = model.Tracks.Values.First(t => t.Exclusion is null);
        var first = ListRanking.Rank(model, query.Features, new RankRequest(1)).Picks.Single().Track;
        var admin = await Browsing.AdminAsync(_site);

        using var excluded = await admin.SubmitAsync("/Admin/Exclusions?catalog=anime", "/Admin/Exclusions?catalog=anime&handler=Exclude",
            new Dictionary<string, string> { ["Input.TrackId"] = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Note"] = "not a song" });

        Assert.Equal(HttpStatusCode.Redirect, excluded.StatusCode);
        var page = await admin.Http.GetStringAsync("/Admin/Exclusions?catalog=anime");
        Assert.Contains($"data-track-id=\"{first.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Excluded by an admin. not a song", page, StringComparison.Ordinal);
        var served = store.Get(TargetCatalog.Anime)!;
        Assert.NotNull(served.Tracks[first.Id].Exclusion);
        Assert.NotEqual(first.Id, ListRanking.Rank(served, query.Features, new RankRequest(1)).Picks.Single().Track.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await Browsing.Start(_site).Http.GetAsync("/Admin/Exclusions")).StatusCode);

        // Stored apart from the model: a retrained model keeps the track out too.
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<RetrainRunner>()
                .StartAndRunAsync(RetrainTrigger.Admin, "test", "test", new RunPlan([TargetCatalog.Anime]), progress: null, CancellationToken.None);
            Assert.Equal(RetrainStatus.Succeeded, run.Status);
        }
        await _site.Services.GetRequiredService<ModelLoader>().RefreshAsync();
        var retrained = store.Get(TargetCatalog.Anime)!;
        Assert.NotEqual(served.ModelVersionId, retrained.ModelVersionId);
        Assert.StartsWith("Excluded by an admin.", retrained.Tracks[first.Id].Exclusion, StringComparison.Ordinal);
    }

    private async Task<int> TrackIdAsync(string slug)
    {
        await using var db = Db();
        return await db.Tracks.Where(t => t.ArtistSlug == slug && (t.Catalogs & Catalogs.Kpop) != 0).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    private async Task<int> CountAsync(string slug)
    {
        await using var db = Db();
        var name = KnownArtists.SlugNames[slug];
        var tracks = await db.Tracks.Where(t => t.ArtistSlug == slug).Select(t => t.Artists).ToListAsync();
        return tracks.Count(a => ArtistCredit.Split(a).Contains(name, StringComparer.Ordinal));
    }

    private async Task TeachFakeAsync()
    {
        await using var db = Db();
        var unnamed = await db.Tracks.AsNoTracking().Where(t => t.Artists == "" || t.ArtistsFromSlug).Select(t => new { t.SpotifyId, t.Title, t.ArtistSlug }).ToListAsync();
        foreach (var track in unnamed) _fake.Add(KnownArtists.Song(track.SpotifyId, track.Title, track.ArtistSlug));
    }

    private AppDbContext Db() => _site.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !condition(); await Task.Delay(100))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The served model did not pick up the change.");
        }
    }
}
