using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Catalog;

/// <summary>
/// Seeds an empty catalog once, then keeps the served models, the cached song resolutions and the search corpus in
/// step with the database (the site is ready once models and corpus are loaded, so no search pays for building the corpus).
/// </summary>
public sealed class ModelRefreshService(
    CatalogSeeder seeder, ModelLoader loader, ResolutionCache resolutions, SearchCorpusCache corpus, IDbContextFactory<AppDbContext> contexts,
    CatalogStatus status, IHostApplicationLifetime lifetime, IOptions<ModelServingOptions> options, ILogger<ModelRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The start-up writers (the Admin role, the default experiment) go first: a first-start seed import
            // holds SQLite's write lock for as long as it streams a file, and they would time out behind it.
            await WhenStartedAsync(stoppingToken);
            await seeder.SeedIfEmptyAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Preparing the catalog failed");
            status.Set(CatalogState.Failed, "Preparing the catalog failed; see the server log.");
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
        do
        {
            try
            {
                var swapped = await loader.RefreshAsync(stoppingToken);
                await resolutions.RefreshAsync(stoppingToken);
                foreach (var catalog in swapped) logger.LogInformation("Now serving the {Catalog} model", catalog);
                await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
                {
                    await corpus.RefreshAsync(db, stoppingToken);
                }
                if (status.State is not (CatalogState.Empty or CatalogState.Failed) || swapped.Count > 0)
                    status.Set(CatalogState.Ready, "");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refreshing the served models failed; the current ones keep serving");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}
