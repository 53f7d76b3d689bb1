using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Experiments;

/// <summary>
/// At start-up (after migrations): the default experiment when there is none yet (another instance
/// creating it at the same moment loses on the unique name and finds it there).
/// </summary>
public sealed class ExperimentsStartup(IServiceScopeFactory scopes, IOptions<ExperimentOptions> experiments, TimeProvider time, ILogger<ExperimentsStartup> logger) : IHostedService
{
    public const string DefaultExperiment = "recommender-vs-random";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await EnsureDefaultExperimentAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureDefaultExperimentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Experiments.AnyAsync(cancellationToken)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var start = experiments.Value.StartDefault;
        db.Experiments.Add(new Experiment
        {
            Name = DefaultExperiment,
            Description = "Does the cluster + cosine recommender beat random tracks of the same catalog?",
            ControlVariant = RecommenderVariants.Random,
            IsActive = start,
            CreatedAt = now,
            StartedAt = start ? now : null,
            Variants =
            [
                new ExperimentVariant { Name = RecommenderVariants.Model, Weight = 0.5 },
                new ExperimentVariant { Name = RecommenderVariants.Random, Weight = 0.5 },
            ],
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created the default experiment {Experiment} (model vs random, 50/50), {State}", DefaultExperiment, start ? "running" : "stopped");
        }
        catch (DbUpdateException)
        {
            // Another instance created it first (unique name).
        }
    }
}
