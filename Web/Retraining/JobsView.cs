using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

public sealed record RunSummary(int Id, RetrainTrigger Trigger, string? RequestedBy, RetrainStatus Status, int Attempt, DateTime StartedAt,
    DateTime? FinishedAt, string? Instance, string? Error, IReadOnlyList<CatalogRunResult> Results, string? HangfireJobId = null)
{
    public TimeSpan? Duration => FinishedAt - StartedAt;

    /// <summary>The run's job in the Hangfire dashboard (null for runs of the command line and the first start).</summary>
    public string? HangfireJobUrl => HangfireJobId is { } id ? $"{BackgroundJobs.BackgroundJobsRegistration.DashboardPath}/jobs/details/{Uri.EscapeDataString(id)}" : null;
}

public sealed record RunDetail(RunSummary Run, IReadOnlyList<RetrainRunStep> Steps, IReadOnlyList<RetrainRunLogLine> Log);

public sealed record VersionRow(int Id, TargetCatalog Catalog, int Version, ModelStatus Status, DateTime TrainedAt, DateTime? ActivatedAt,
    int K, double Silhouette, int Tracks, string? RejectionReason);

/// <summary>Reads what the Jobs page and the runs API show: runs, their steps and log, model versions and activations.</summary>
public sealed class JobsView(AppDbContext db)
{
    public async Task<IReadOnlyList<RunSummary>> RunsAsync(int take, CancellationToken cancellationToken)
    {
        var runs = await db.RetrainRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);
        return runs.Select(Summary).ToList();
    }

    public async Task<RunDetail?> RunAsync(int id, CancellationToken cancellationToken)
    {
        var run = await db.RetrainRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null) return null;
        var steps = await db.RetrainRunSteps.AsNoTracking().Where(s => s.RunId == id).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var log = await db.RetrainRunLog.AsNoTracking().Where(l => l.RunId == id).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return new RunDetail(Summary(run), steps, log);
    }

    public async Task<IReadOnlyList<VersionRow>> VersionsAsync(CancellationToken cancellationToken) =>
        await db.ModelVersions.AsNoTracking()
            .OrderBy(m => m.Catalog).ThenByDescending(m => m.Version)
            .Select(m => new VersionRow(m.Id, m.Catalog, m.Version, m.Status, m.TrainedAt, m.ActivatedAt, m.K, m.Silhouette, m.TrackCount, m.RejectionReason))
            .ToListAsync(cancellationToken);

    /// <summary>The latest activations with the version numbers they switched between.</summary>
    public async Task<IReadOnlyList<(ModelActivationRecord Record, int Version, int? Previous)>> ActivationsAsync(int take, CancellationToken cancellationToken)
    {
        var records = await db.ModelActivations.AsNoTracking().OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
        var ids = records.Select(r => r.ModelVersionId).Concat(records.Where(r => r.PreviousModelVersionId != null).Select(r => r.PreviousModelVersionId!.Value)).Distinct().ToList();
        var versions = await db.ModelVersions.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Version, cancellationToken);
        return records.Select(r => (r, versions[r.ModelVersionId], r.PreviousModelVersionId is { } p ? versions.GetValueOrDefault(p) : (int?)null)).ToList();
    }

    public Task<DateTime?> LastSuccessAsync(CancellationToken cancellationToken) => RetrainCatchUp.LastSuccessAsync(db, cancellationToken);

    private static RunSummary Summary(RetrainRun r) =>
        new(r.Id, r.Trigger, r.RequestedBy, r.Status, r.Attempt, Utc(r.StartedAt), r.FinishedAt is { } f ? Utc(f) : null, r.Instance, r.Error, Results(r.MetricsJson), r.HangfireJobId);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static List<CatalogRunResult> Results(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<CatalogRunResult>>(json, ModelParameters.Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
