using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Enrichment;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.Pipeline.Models;
using MusicRecommender.Pipeline;
using MusicRecommender.Pipeline.Quality;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;
using Xunit.Abstractions;

namespace MusicRecommender.Pipeline.Tests.Quality;

/// <summary>
/// Issue 10's must-show, on each provider: the seed imported as a new user's first start does (less the pop slice,
/// whose songs are the queries: pop songs the catalog does not hold), enriched against a fake ReccoBeats that knows
/// the missing artists, both catalogs trained; then 150 pop songs sent as features to both catalogs (300 lists)
/// in each arm (600 in all), measured by the quality command's runner.
/// </summary>
public sealed class CleanListsTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lists_AfterSeedAndEnrichment_ShowEverySongOnceAtMostTwoPerArtistAndNoEmptyOrSlugArtist(DatabaseProvider provider)
    {
        using var seed = PopFreeSeed.Create(150);
        await using var fake = await FakeSpotifyServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = fake.SiteSettings(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20));
        (settings["Spotify:ClientId"], settings["Spotify:ClientSecret"]) = ("", "");
        using var host = InfrastructureHost.Start(database, settings, builder => builder.AddPipeline());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var summary = await scope.Get<CatalogImporter>().ImportAsync(seed.Folder);
            Assert.True(summary.Succeeded, string.Join("; ", summary.Errors));
            await TeachFakeAsync(scope.Get<AppDbContext>(), fake);
            var enriched = await scope.Get<MetadataEnricher>().RunAsync();
            Assert.True(enriched.Completed, enriched.StoppedBecause);
            output.WriteLine($"enrichment: {enriched.Asked} asked, {enriched.Found} found, {enriched.Changed} filled in; no artist left: {enriched.Missing.NoArtist}");
            var run = await scope.Get<RetrainRunner>().StartAndRunAsync(RetrainTrigger.Cli, null, "test", RunPlan.AllCatalogs, progress: null, CancellationToken.None);
            Assert.Equal(RetrainStatus.Succeeded, run.Status);
        }

        QualityResult result;
        await using (var scope = host.Services.CreateAsyncScope())
            result = await scope.Get<QualityRunner>().RunAsync(seed.Queries.Select(q => q.Features).ToArray());
        foreach (var line in result.Describe()) output.WriteLine(line);

        Assert.Equal(4, result.Rows.Count);
        Assert.Equal(600, result.All.Lists);
        Assert.All(result.Rows, row => Assert.All(row.Lists, list => Assert.Equal(10, list.Count)));
        Assert.Equal(0, result.All.RepeatingSong);
        Assert.Equal(0, result.All.OverArtistCap);
        Assert.Equal(0, result.All.EmptyArtistItems);
        Assert.Equal(0, result.All.SlugArtistItems);
    }

    /// <summary>The fake ReccoBeats learns, for every track without a real credit, the artist it would name.</summary>
    private static async Task TeachFakeAsync(AppDbContext db, FakeSpotifyServer fake)
    {
        var unnamed = await db.Tracks.AsNoTracking()
            .Where(t => t.Artists == "" || t.ArtistsFromSlug)
            .Select(t => new { t.SpotifyId, t.Title, t.ArtistSlug })
            .ToListAsync();
        foreach (var track in unnamed) fake.Add(KnownArtists.Song(track.SpotifyId, track.Title, track.ArtistSlug));
    }
}
