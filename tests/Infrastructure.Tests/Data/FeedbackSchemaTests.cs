using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>What the migrated schema itself guarantees about experiments and ratings, whatever the code does, on each provider.</summary>
public abstract class FeedbackSchemaTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Guid _impression;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using var db = _database.CreateContext();
        _impression = Guid.NewGuid();
        db.Impressions.Add(new Impression
        {
            Id = _impression, RaterId = "r1", Variant = "model", Catalog = TargetCatalog.Anime, QueryFeaturesJson = "{}", Source = "api",
            CreatedAt = DateTime.UtcNow, Items = [new ImpressionItem { TrackId = 10, Rank = 1, Similarity = 0.9 }, new ImpressionItem { TrackId = 11, Rank = 2, Similarity = 0.8 }],
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Ratings_WhenTheSameItemIsUpserted_KeepOneRowWithTheLastStars()
    {
        await using var db = _database.CreateContext();

        foreach (var stars in new[] { 2, 4, 4 }) await UpsertAsync(db, 10, stars);

        var rating = await db.Ratings.SingleAsync();
        Assert.Equal(4, rating.Stars);
        Assert.Equal(_impression, rating.ImpressionId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Ratings_WhenStarsAreOutOfRange_AreRejectedByTheDatabase(int stars)
    {
        await using var db = _database.CreateContext();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => UpsertAsync(db, 10, stars));
        Assert.Equal(0, await db.Ratings.CountAsync());
    }

    /// <summary>
    /// The items live in the impression's row (decision 0019): whether the track was in the list is checked by
    /// RatingService; the database still keeps out a rating of an impression that does not exist.
    /// </summary>
    [Fact]
    public async Task Ratings_OfAnImpressionThatDoesNotExist_AreRejectedByTheDatabase()
    {
        await using var db = _database.CreateContext();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Ratings" ("ImpressionId", "TrackId", "RaterId", "Stars", "CreatedAt", "UpdatedAt")
            VALUES ({Guid.NewGuid()}, 10, 'r1', 3, {DateTime.UtcNow}, {DateTime.UtcNow})
            """));
        Assert.Equal(0, await db.Ratings.CountAsync());
    }

    [Fact]
    public async Task Ratings_WhenInsertedTwiceWithoutUpsert_HitTheUniqueConstraint()
    {
        await using var db = _database.CreateContext();
        db.Ratings.Add(new Rating { ImpressionId = _impression, TrackId = 11, RaterId = "r1", Stars = 3, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        db.Ratings.Add(new Rating { ImpressionId = _impression, TrackId = 11, RaterId = "r1", Stars = 5, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Experiments_WhenASecondOneIsActive_AreRejectedByTheDatabase()
    {
        await using var db = _database.CreateContext();
        db.Experiments.Add(new Experiment { Name = "first", ControlVariant = "random", IsActive = true, CreatedAt = DateTime.UtcNow });
        db.Experiments.Add(new Experiment { Name = "stopped", ControlVariant = "random", IsActive = false, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        db.Experiments.Add(new Experiment { Name = "second", ControlVariant = "random", IsActive = true, CreatedAt = DateTime.UtcNow });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private Task<int> UpsertAsync(AppDbContext db, int trackId, int stars)
    {
        var now = DateTime.UtcNow;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Ratings" ("ImpressionId", "TrackId", "RaterId", "Stars", "CreatedAt", "UpdatedAt")
            VALUES ({_impression}, {trackId}, {"r1"}, {stars}, {now}, {now})
            ON CONFLICT ("ImpressionId", "TrackId") DO UPDATE SET "Stars" = excluded."Stars", "UpdatedAt" = excluded."UpdatedAt"
            """);
    }
}

public sealed class FeedbackSchemaOnSqliteTests() : FeedbackSchemaTests(DatabaseProvider.Sqlite);

public sealed class FeedbackSchemaOnPostgresTests() : FeedbackSchemaTests(DatabaseProvider.Postgres);
