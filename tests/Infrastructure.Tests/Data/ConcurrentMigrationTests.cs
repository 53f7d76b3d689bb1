using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>
/// Several site instances (or a site and the command line) start on one empty database at the same
/// moment: each applies the migrations at start-up, and every one of them must succeed with each
/// migration applied exactly once.
/// </summary>
public sealed class ConcurrentMigrationTests
{
    private const int Instances = 4;

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_WhenSeveralInstancesStartOnAnEmptyDatabaseAtOnce_AllSucceedAndApplyEachMigrationOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        using var start = new Barrier(Instances);

        var runs = Enumerable.Range(0, Instances).Select(_ => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
        })).ToArray();
        await Task.WhenAll(runs);

        await using var check = database.CreateContext();
        var applied = (await check.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal(check.Database.GetMigrations(), applied);
        Assert.Equal(applied.Count, await check.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync());
        Assert.Equal(0, await check.Tracks.CountAsync());
    }
}
