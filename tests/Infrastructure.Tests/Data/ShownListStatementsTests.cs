using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Data.Writes;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>
/// The group commit writes searches and impressions with its own statements, not through EF: what it writes
/// must read back through EF exactly as EF would have written it, on each provider, and a rating must be able
/// to refer to the impression (the schema's foreign key compares the stored id).
/// </summary>
public abstract class ShownListStatementsTests(MusicRecommender.Infrastructure.Data.DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task WriteAsync_StoresRowsThatEfReadsBackFieldByField()
    {
        var at = new DateTime(2026, 12, 1, 21, 14, 5, 123, DateTimeKind.Utc).AddTicks(4560); // microseconds: what PostgreSQL keeps
        var lists = new List<ShownListRows>
        {
            new(Search("r1", "Shape of You", 42, found: true, at), Impression("r1", at, [(4951, 1, 0.6698477006924644), (90022, 2, -0.08302864313376794)]), null),
            new(Search("r2", "紅蓮華 LiSA \"quoted\" 'x'", null, found: false, at), null, null),
            new(null, Impression("u7", at, [(7, 1, 1.0 / 3)], experimentless: true), null),
        };

        await using (var db = _database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new ShownListStatements(db.Database.GetDbConnection(), transaction.GetDbTransaction()).WriteAsync(lists, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var read = _database.CreateContext();
        var searches = await read.Searches.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(2, searches.Count);
        foreach (var (stored, written) in searches.Zip(lists.Select(l => l.Search).OfType<SearchEvent>()))
        {
            Assert.True(stored.Id > 0);
            Assert.Equal(
                (written.RaterId, written.Text, written.TrackId, written.Title, written.Artists, written.Catalog, written.Source, written.Seed, written.Found, written.CreatedAt),
                (stored.RaterId, stored.Text, stored.TrackId, stored.Title, stored.Artists, stored.Catalog, stored.Source, stored.Seed, stored.Found, stored.CreatedAt.ToUniversalTime()));
        }

        foreach (var written in lists.Select(l => l.Impression).OfType<Impression>())
        {
            var stored = await read.Impressions.AsNoTracking().SingleAsync(i => i.Id == written.Id);
            Assert.Equal(
                (written.RaterId, written.UserId, written.AnonymousId, written.ExperimentId, written.Variant, written.Seed, written.ModelVersionId, written.ModelVersion),
                (stored.RaterId, stored.UserId, stored.AnonymousId, stored.ExperimentId, stored.Variant, stored.Seed, stored.ModelVersionId, stored.ModelVersion));
            Assert.Equal(
                (written.Catalog, written.Cluster, written.QueryTrackId, written.QueryFeaturesJson, written.Source, written.CreatedAt),
                (stored.Catalog, stored.Cluster, stored.QueryTrackId, stored.QueryFeaturesJson, stored.Source, stored.CreatedAt.ToUniversalTime()));
            Assert.Equal(
                written.Items.Select(i => (i.TrackId, i.Rank, i.Similarity)),
                stored.Items.Select(i => (i.TrackId, i.Rank, i.Similarity)));
        }

        // The id is stored as EF stores a Guid, so the ratings' foreign key and EF's own queries find it.
        var rated = lists[0].Impression!;
        read.Ratings.Add(new Rating { ImpressionId = rated.Id, TrackId = 4951, RaterId = "r1", Stars = 5, CreatedAt = at, UpdatedAt = at });
        await read.SaveChangesAsync();
        Assert.Equal(rated.Id, (await read.Ratings.AsNoTracking().SingleAsync()).ImpressionId);
    }

    [Fact]
    public void ItemsJson_IsTheArrayEfWrites()
    {
        var json = ShownListStatements.ItemsJson([new ImpressionItem { TrackId = 5, Rank = 1, Similarity = -0.25 }, new ImpressionItem { TrackId = 90, Rank = 2, Similarity = 0.1 }]);

        Assert.Equal("""[{"r":1,"s":-0.25,"t":5},{"r":2,"s":0.1,"t":90}]""", json);
    }

    private static SearchEvent Search(string rater, string text, int? trackId, bool found, DateTime at) => new()
    {
        RaterId = rater, Text = text, TrackId = trackId, Title = trackId is null ? null : "Shape of You", Artists = trackId is null ? null : "Ed Sheeran",
        Catalog = TargetCatalog.Kpop, Source = "page", Seed = SearchEvent.ArtistSeed, Found = found, CreatedAt = at,
    };

    private static Impression Impression(string rater, DateTime at, (int Track, int Rank, double Similarity)[] items, bool experimentless = false) => new()
    {
        Id = Guid.CreateVersion7(), RaterId = rater, UserId = experimentless ? rater : null, AnonymousId = experimentless ? null : rater,
        ExperimentId = null, Variant = experimentless ? "model" : "random", Seed = 1_234_567, ModelVersionId = 3, ModelVersion = 2,
        Catalog = TargetCatalog.Anime, Cluster = 4, QueryTrackId = experimentless ? null : 42, QueryFeaturesJson = """{"danceability":0.825}""",
        Source = "api", CreatedAt = at,
        Items = items.Select(i => new ImpressionItem { TrackId = i.Track, Rank = i.Rank, Similarity = i.Similarity }).ToList(),
    };
}

public sealed class ShownListStatementsOnSqliteTests() : ShownListStatementsTests(MusicRecommender.Infrastructure.Data.DatabaseProvider.Sqlite);

public sealed class ShownListStatementsOnPostgresTests() : ShownListStatementsTests(MusicRecommender.Infrastructure.Data.DatabaseProvider.Postgres);
