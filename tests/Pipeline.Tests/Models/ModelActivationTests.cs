using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Listing;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Pipeline.Models;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Pipeline.Tests.Models;

/// <summary>Activation (<see cref="ModelActivator.CommitAsync"/>) is one transaction: retire the old version, activate the new, record who — all or nothing, on both providers.</summary>
public sealed class ModelActivationTests
{
    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Activate_WhenItSucceeds_RetiresThePreviousAndRecordsWhoAndWhen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (v1, v2) = await TwoVersionsAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

        await using (var db = database.CreateContext())
        {
            Assert.Equal(v1, await Activator(db, database, clock).CommitAsync(v2, ModelActivationRecord.Rollback, "admin@example.com"));
        }

        await using var check = database.CreateContext();
        Assert.Equal(ModelStatus.Retired, (await check.ModelVersions.SingleAsync(m => m.Id == v1)).Status);
        var activated = await check.ModelVersions.SingleAsync(m => m.Id == v2);
        Assert.Equal(ModelStatus.Active, activated.Status);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, activated.ActivatedAt);
        var record = await check.ModelActivations.SingleAsync();
        Assert.Equal((v2, v1, "rollback", "admin@example.com", TargetCatalog.Anime), (record.ModelVersionId, record.PreviousModelVersionId, record.Kind, record.ActivatedBy, record.Catalog));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Activate_WhenTheDatabaseFailsAfterRetiringTheOldVersion_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (v1, v2) = await TwoVersionsAsync(database);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions { Provider = provider }, database.ConnectionString, Path.GetTempPath());
        var failing = new FailOnActivationRecord();
        options.AddInterceptors(failing);

        await using (var db = new AppDbContext(options.Options))
        {
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => Activator(db, database, TimeProvider.System).CommitAsync(v2, ModelActivationRecord.Activate, "admin@example.com"));
            Assert.Equal("Injected database failure.", error.InnerException?.Message);
        }

        Assert.True(failing.RetiredFirst, "the old version was retired inside the transaction before the failure");
        await using var check = database.CreateContext();
        Assert.Equal(ModelStatus.Active, (await check.ModelVersions.SingleAsync(m => m.Id == v1)).Status);
        Assert.Equal(ModelStatus.Candidate, (await check.ModelVersions.SingleAsync(m => m.Id == v2)).Status);
        Assert.Empty(await check.ModelActivations.ToListAsync());
    }

    private static ModelActivator Activator(AppDbContext db, TestDatabase database, TimeProvider clock)
    {
        var store = new ModelStore();
        return new ModelActivator(db, new ModelLoader(new Contexts(database), store, Options.Create(new ListOptions()), NullLogger<ModelLoader>.Instance), store, clock);
    }

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => database.CreateContext();
    }

    private static async Task<(int Active, int Candidate)> TwoVersionsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        ModelVersion Version(int number, ModelStatus status) => new()
        {
            Catalog = TargetCatalog.Anime, Version = number, Status = status, TrainedAt = DateTime.UtcNow, K = 2, Silhouette = 0.3,
            ParametersJson = "{}", MetricsJson = "{}", ActivatedAt = status == ModelStatus.Active ? DateTime.UtcNow : null,
        };
        var active = Version(1, ModelStatus.Active);
        var candidate = Version(2, ModelStatus.Candidate);
        db.ModelVersions.AddRange(active, candidate);
        await db.SaveChangesAsync();
        return (active.Id, candidate.Id);
    }

    /// <summary>Lets the retiring UPDATE through, then fails the statement that writes the activation record.</summary>
    private sealed class FailOnActivationRecord : DbCommandInterceptor
    {
        public bool RetiredFirst { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Check(command) ? throw new InvalidOperationException("Injected database failure.") : ValueTask.FromResult(result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("UPDATE", StringComparison.Ordinal) && command.CommandText.Contains("\"Status\"", StringComparison.Ordinal)) RetiredFirst = true;
            return Check(command) ? throw new InvalidOperationException("Injected database failure.") : ValueTask.FromResult(result);
        }

        private static bool Check(DbCommand command) => command.CommandText.Contains("INSERT INTO \"ModelActivations\"", StringComparison.Ordinal);
    }
}
