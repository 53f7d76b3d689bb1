using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Models;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>What a run produced for one catalog (stored as the run's metrics JSON).</summary>
public sealed record CatalogRunResult(string Catalog, int ModelVersionId, int Version, string Status, int K, double Silhouette, double Inertia,
    int Tracks, string? RejectionReason, FeedbackReport? Feedback);

/// <summary>
/// The one orchestration of training: the schedule, "Retrain now", the start-up catch-up, the site's first
/// start and the command line's <c>train</c> all record a run and go through here. For each catalog of the
/// plan, on the catalog as it is now (imports and live lookups included): load → fit → store → feedback →
/// gate → activate, each step recorded as it goes, activation through <see cref="ModelActivator"/>. A step
/// that throws fails the run and leaves that catalog's active model serving (its candidate is kept as
/// rejected with the reason); catalogs finished before it keep their new models.
/// </summary>
public sealed class RetrainRunner(
    CatalogTrainer trainer, ModelActivator models, RetrainRuns runs, AppDbContext db, IDbContextFactory<AppDbContext> contexts,
    IOptions<RetrainingOptions> options, IEnumerable<IRetrainStepHook> hooks, TimeProvider clock, ILogger<RetrainRunner> logger)
{
    public const string CancelledError = "Cancelled: the site is shutting down.";

    /// <summary>
    /// Records a run and runs it in this process (the first start, the command line). When a run is already
    /// going (on any process sharing the database) nothing is trained and the result names that run, not started.
    /// </summary>
    public async Task<RunResult> StartAndRunAsync(RetrainTrigger trigger, string? requestedBy, string instance, RunPlan plan, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var request = await runs.StartAsync(trigger, requestedBy, attempt: 1, instance, cancellationToken);
        return request.Started
            ? await RunAsync(request.RunId, plan, progress, cancellationToken)
            : new RunResult(request.RunId, Started: false, RetrainStatus.Running, []);
    }

    /// <summary>Runs a run already recorded as running (and claimed by this process). A failed run throws after it is recorded.</summary>
    public async Task<RunResult> RunAsync(int runId, RunPlan plan, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var journal = new RunJournal(contexts, clock, runId, progress);
        var results = new List<CatalogRunResult>();
        var heartbeat = journal.KeepAlive(options.Value.HeartbeatInterval);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, heartbeat.Lost);
        try
        {
            await using (heartbeat)
            {
                var settings = plan.Settings ?? trainer.Settings;
                foreach (var catalog in plan.Catalogs) results.Add(await RetrainAsync(journal, catalog, settings, stop.Token));
            }
            var rejected = results.Where(r => r.RejectionReason is not null).Select(r => $"{r.Catalog} v{r.Version}: {r.RejectionReason}").ToList();
            var status = rejected.Count > 0 ? RetrainStatus.Rejected : RetrainStatus.Succeeded;
            await journal.LogAsync(status == RetrainStatus.Succeeded ? "All catalogs retrained and activated." : "Rejected by the gate; the active model keeps serving.", cancellationToken);
            await runs.FinishAsync(runId, status, rejected.Count > 0 ? string.Join(" ", rejected) : null, Metrics(results), cancellationToken);
            return new RunResult(runId, Started: true, status, results);
        }
        catch (Exception e)
        {
            var message = heartbeat.IsLost ? RetrainRuns.AbandonedError
                : e is OperationCanceledException ? CancelledError : e.Message;
            logger.LogError(e, "Retrain run {RunId} failed", runId);
            await journal.LogAsync("Failed: " + message, CancellationToken.None);
            await runs.FinishAsync(runId, RetrainStatus.Failed, message, Metrics(results), CancellationToken.None);
            throw;
        }
    }

    private async Task<CatalogRunResult> RetrainAsync(RunJournal journal, TargetCatalog catalog, TrainingSettings settings, CancellationToken cancellationToken)
    {
        var data = await StepAsync(journal, catalog, RetrainSteps.Load, () => trainer.LoadAsync(catalog, settings, journal, cancellationToken),
            d => $"{d.Rows.Length:N0} of {d.Cleaned.Input:N0} tracks kept", cancellationToken);
        var fitted = await StepAsync(journal, catalog, RetrainSteps.Fit, () => CatalogTrainer.FitAsync(data, settings, journal, cancellationToken),
            f => $"k = {f.Trained.K}, silhouette {f.Trained.Silhouette:F3}, inertia {f.Trained.Inertia:F1} in {f.Elapsed.TotalSeconds:F1} s", cancellationToken);
        var version = await StepAsync(journal, catalog, RetrainSteps.Store, () => trainer.StoreAsync(data, settings, fitted, cancellationToken),
            v => $"stored as v{v.Version}", cancellationToken);
        try
        {
            var (prepared, feedback) = await StepAsync(journal, catalog, RetrainSteps.Feedback, async () =>
            {
                var candidate = await models.PrepareAsync(version.Id, cancellationToken);
                var serving = await models.ServingAsync(catalog, cancellationToken);
                return (candidate, await FeedbackComparison.CompareAsync(db, catalog, candidate, serving, options.Value.FeedbackTop, cancellationToken));
            }, r => Describe(r.Item2), cancellationToken);
            var verdict = await StepAsync(journal, catalog, RetrainSteps.Gate, () => Task.FromResult(trainer.GateVerdict(version.Silhouette)),
                v => v ?? $"silhouette {version.Silhouette:F3} passes", cancellationToken);
            if (verdict is not null)
            {
                await trainer.RejectAsync(version, verdict, cancellationToken);
            }
            else
            {
                await StepAsync(journal, catalog, RetrainSteps.Activate, () => models.ActivateAsync(prepared, ModelActivationRecord.Training, $"run {journal.RunId}", cancellationToken),
                    s => s.PreviousVersion is { } p ? $"v{s.Version} serves (was v{p})" : $"v{s.Version} serves", cancellationToken);
                version.Status = ModelStatus.Active;
            }
            return new CatalogRunResult(catalog.Name(), version.Id, version.Version, version.Status.ToString().ToLowerInvariant(), version.K,
                version.Silhouette, version.Inertia, version.TrackCount, verdict, feedback);
        }
        catch (Exception e)
        {
            await RejectLeftoverAsync(version.Id, $"Retrain run {journal.RunId} failed: {e.Message}");
            throw;
        }
    }

    private async Task<T> StepAsync<T>(RunJournal journal, TargetCatalog catalog, string name, Func<Task<T>> work, Func<T, string?> describe, CancellationToken cancellationToken)
    {
        var stepId = await journal.BeginStepAsync(catalog, name, cancellationToken);
        try
        {
            foreach (var hook in hooks) await hook.BeforeStepAsync(new RetrainStepStart(journal.RunId, catalog, name), cancellationToken);
            var result = await work();
            await journal.EndStepAsync(stepId, RetrainStepStatus.Done, describe(result), cancellationToken);
            return result;
        }
        catch (Exception e)
        {
            await journal.EndStepAsync(stepId, RetrainStepStatus.Failed, e.Message, CancellationToken.None);
            if (e is OperationCanceledException) throw;
            throw new RetrainStepException($"{catalog.Name()}: {name} failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// A candidate stored by a run that then failed is kept as rejected, with why. A fresh context: the
    /// run's own may hold the failed activation's changes. Only a candidate is touched — an activation
    /// that committed stands.
    /// </summary>
    private async Task RejectLeftoverAsync(int modelVersionId, string reason)
    {
        await using var fresh = await contexts.CreateDbContextAsync(CancellationToken.None);
        var text = reason.Length > 1000 ? reason[..1000] : reason;
        await fresh.ModelVersions.Where(m => m.Id == modelVersionId && m.Status == ModelStatus.Candidate)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, ModelStatus.Rejected).SetProperty(m => m.RejectionReason, text), CancellationToken.None);
    }

    private static string Describe(FeedbackReport r) =>
        r.RatedItems == 0
            ? "no rated lists yet"
            : $"of {r.RatedItems} rated pick{S(r.RatedItems)} in {r.Lists} list{S(r.Lists)}, top {r.TopN} keeps {r.Candidate.Kept} (mean {Stars(r.Candidate.MeanStars)})"
              + (r.Active is { } a ? $"; active v{a.ModelVersion} keeps {a.Kept} (mean {Stars(a.MeanStars)})" : "");

    private static string Stars(double? mean) => mean is { } m ? $"{m:F2}★" : "–";

    private static string S(long count) => count == 1 ? "" : "s";

    private static string Metrics(List<CatalogRunResult> results) => JsonSerializer.Serialize(results, ModelParameters.Json);

    private sealed class RetrainStepException(string message, Exception inner) : Exception(message, inner);
}
