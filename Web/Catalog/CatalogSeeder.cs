using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.Pipeline.Models;

namespace MusicRecommender.Web.Catalog;

/// <summary>
/// First start with an empty database: import the seed folder and train a model per target catalog.
/// Without seed data the site still runs and says how to import.
/// </summary>
public sealed class CatalogSeeder(IServiceScopeFactory scopes, IOptions<CatalogOptions> options, IHostEnvironment environment, CatalogStatus status, ILogger<CatalogSeeder> logger)
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

    /// <summary>Trains every target catalog that has tracks but no active model.</summary>
    private async Task TrainMissingAsync(IServiceProvider services, AppDbContext db, CancellationToken cancellationToken)
    {
        var trainer = services.GetRequiredService<CatalogTrainer>();
        foreach (var catalog in CatalogNames.Targets)
        {
            var hasActive = await db.ModelVersions.AnyAsync(m => m.Catalog == catalog && m.Status == Infrastructure.Data.Entities.ModelStatus.Active, cancellationToken);
            var flag = catalog.AsCatalogs();
            if (hasActive || !await db.Tracks.AnyAsync(t => (t.Catalogs & flag) != 0, cancellationToken)) continue;
            status.Set(CatalogState.Seeding, $"Training the first {catalog.DisplayName()} model.");
            logger.LogInformation("Training the first {Catalog} model", catalog.Name());
            var outcome = await trainer.TrainAsync(catalog, progress: new LogProgress(logger), cancellationToken: cancellationToken);
            logger.LogInformation("First {Catalog} model: v{Version}, k={K}, silhouette {Silhouette:F3}, {Status}", catalog.Name(), outcome.Version, outcome.K, outcome.Silhouette, outcome.Status);
        }
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
