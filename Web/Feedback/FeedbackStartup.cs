using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Identity;
using MusicRecommender.Web.Accounts;

namespace MusicRecommender.Web.Feedback;

/// <summary>
/// At start-up (after migrations): the Admin role, the first admin from configuration, and the
/// default experiment when there is none yet.
/// </summary>
public sealed class FeedbackStartup(IServiceScopeFactory scopes, IOptions<AdminOptions> admin, IOptions<ExperimentOptions> experiments, TimeProvider time, ILogger<FeedbackStartup> logger) : IHostedService
{
    public const string DefaultExperiment = "recommender-vs-random";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // One instance at a time, so two starting together do not both create the first admin.
        await using var turn = await DatabaseLock.AcquireAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), "accounts", cancellationToken);
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        await accounts.EnsureRoleAsync();
        if (admin.Value.Email is { Length: > 0 } email)
        {
            var result = await accounts.EnsureAdminAsync(email, admin.Value.Password);
            if (result.Succeeded) logger.LogInformation("{Email} is an admin", email);
            else logger.LogError("Could not create the admin {Email} from configuration: {Errors}", email, AdminAccounts.Describe(result));
        }
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
