using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Enrichment;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Catalog;

/// <summary>
/// First start with an empty database: import the seed folder, train a model per target catalog (a recorded run,
/// trigger <c>first-start</c>) and enqueue the enrichment job. Without seed data the site still runs and says how to import.
/// </summary>
public sealed class CatalogSeeder(
    IServiceScopeFactory scopes, IOptions<CatalogOptions> options, IOptions<EnrichmentOptions> enrichment, IHostEnvironment environment, CatalogStatus status, ILogger<CatalogSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Instances starting together on an empty PostgreSQL database take turns: the first imports and
        // trains, the others then find tracks and active models below and do nothing.
        await using var turn = await DatabaseLock.AcquireAsync(db, "catalog-seed", cancellationToken);
        if (await db.Tracks.AnyAsync(cancellationToken))
        {
            await IdentifyIfNeededAsync(scope.ServiceProvider, db, cancellationToken);
            await TrainMissingAsync(scope.ServiceProvider, db, cancellationToken);
            return;
        }
        var seedPath = RepositoryPaths.Resolve(options.Value.SeedPath, environment.ContentRootPath);
        if (!options.Value.SeedOnStartup || !Directory.Exists(seedPath))
        {
            var reason = options.Value.SeedOnStartup ? $"no seed data at {seedPath}" : "Catalog:SeedOnStartup is off";
            logger.LogWarning("The catalog is empty ({Reason}). Import one with: dotnet run --project Pipeline -- import --from PATH", reason);
            status.Set(CatalogState.Empty, "The catalog is empty. An admin can import one with: dotnet run --project Pipeline -- import --from PATH, then train with: dotnet run --project Pipeline -- train --catalog anime (and kpop).");
            return;
        }

        status.Set(CatalogState.Seeding, "The catalog is being imported for the first time; this takes under a minute.");
        logger.LogInformation("Empty catalog: importing seed data from {SeedPath}", seedPath);
        var importer = scope.ServiceProvider.GetRequiredService<CatalogImporter>();
        var summary = await importer.ImportAsync(seedPath, new LogProgress(logger), cancellationToken);
        foreach (var error in summary.Errors) logger.LogError("Seed import error: {Error}", error);
        await TrainMissingAsync(scope.ServiceProvider, db, cancellationToken);
        // The seed leaves names, albums and dates missing: fill them in the background (the lists follow).
        if (enrichment.Value.AfterSeedImport && summary.Succeeded)
            scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>().Enqueue<EnrichmentJob>(job => job.RunScheduledAsync(CancellationToken.None));
    }

    /// <summary>
    /// A database from before song groups and artist entities (the CleanLists migration moved its slugs out of the
    /// artists) gets them once: names, credits, search text and songs.
    /// </summary>
    private async Task IdentifyIfNeededAsync(IServiceProvider services, AppDbContext db, CancellationToken cancellationToken)
    {
        const Catalogs targets = Catalogs.Anime | Catalogs.Kpop;
        var ungrouped = await db.Tracks.AnyAsync(t => t.SongId == null && (t.Catalogs & targets) != 0, cancellationToken);
        var uncredited = !ungrouped && await db.Tracks.AnyAsync(t => t.Artists != "" && !t.Credits.Any(), cancellationToken);
        if (!ungrouped && !uncredited) return;
        logger.LogInformation("Filling artist identity and song groups for tracks stored before they existed");
        await services.GetRequiredService<CatalogIdentity>().UpdateAllAsync(cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Trains every target catalog that has tracks but no active model, as one recorded run (trigger
    /// <c>first-start</c>) through the same runner as every retrain. Should a run be going already (a retrain
    /// requested meanwhile), it waits for that one and looks again.
    /// </summary>
    private async Task TrainMissingAsync(IServiceProvider services, AppDbContext db, CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<RetrainRunner>();
        var runs = services.GetRequiredService<RetrainRuns>();
        var instance = services.GetRequiredService<ProcessInstance>().Name;
        while (await MissingAsync(db, cancellationToken) is { Count: > 0 } missing)
        {
            status.Set(CatalogState.Seeding, $"Training the first {string.Join(" and ", missing.Select(c => c.DisplayName()))} model{(missing.Count > 1 ? "s" : "")}.");
            logger.LogInformation("Training the first {Catalogs} model(s)", string.Join(", ", missing.Select(c => c.Name())));
            var result = await runner.StartAndRunAsync(RetrainTrigger.FirstStart, null, instance, new RunPlan(missing), new LogProgress(logger), cancellationToken);
            if (result.Started)
            {
                foreach (var r in result.Results)
                    logger.LogInformation("First {Catalog} model: v{Version}, k={K}, silhouette {Silhouette:F3}, {Status} (run {RunId})", r.Catalog, r.Version, r.K, r.Silhouette, r.Status, result.RunId);
                return;
            }
            logger.LogInformation("Retrain run {RunId} is going; the first training waits for it", result.RunId);
            while (await runs.RunningIdAsync(cancellationToken) == result.RunId) await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static async Task<List<TargetCatalog>> MissingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var missing = new List<TargetCatalog>();
        foreach (var catalog in CatalogNames.Targets)
        {
            var flag = catalog.AsCatalogs();
            if (!await db.ModelVersions.AnyAsync(m => m.Catalog == catalog && m.Status == ModelStatus.Active, cancellationToken)
                && await db.Tracks.AnyAsync(t => (t.Catalogs & flag) != 0, cancellationToken))
                missing.Add(catalog);
        }
        return missing;
    }

    private sealed class LogProgress(ILogger logger) : IProgress<ImportProgress>, IProgress<string>
    {
        public void Report(ImportProgress value)
        {
            if (value.Phase == ImportPhase.Done) logger.LogInformation("Seed import: {File} committed ({Tracks} tracks)", value.File, value.Total);
            else if (value.Phase == ImportPhase.Reading) logger.LogInformation("Seed import: {File} read {Rows} rows", value.File, value.Done);
            else logger.LogInformation("Seed import: {File} wrote {Done} of {Total} tracks", value.File, value.Done, value.Total);
        }

        public void Report(string value) => logger.LogInformation("Training: {Step}", value);
    }
}
