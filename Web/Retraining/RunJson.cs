using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Retraining;

/// <summary>The JSON shape of a run for <c>GET /api/admin/runs/{id}</c> and the Jobs page's live progress.</summary>
internal static class RunJson
{
    public static object From(RunDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var run = detail.Run;
        return new
        {
            id = run.Id,
            status = Lower(run.Status),
            trigger = Trigger(run.Trigger),
            requestedBy = run.RequestedBy,
            attempt = run.Attempt,
            startedAt = run.StartedAt,
            finishedAt = run.FinishedAt,
            durationSeconds = run.Duration?.TotalSeconds,
            instance = run.Instance,
            error = run.Error,
            steps = detail.Steps.Select(s => new
            {
                catalog = s.Catalog.Name(),
                name = s.Name,
                status = Lower(s.Status),
                startedAt = DateTime.SpecifyKind(s.StartedAt, DateTimeKind.Utc),
                finishedAt = s.FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : (DateTime?)null,
                detail = s.Detail,
            }),
            log = detail.Log.Select(l => new { at = DateTime.SpecifyKind(l.At, DateTimeKind.Utc), message = l.Message }),
            metrics = run.Results,
            modelVersions = run.Results.ToDictionary(r => r.Catalog, r => r.Version),
        };
    }

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>schedule, admin, startup (the start-up catch-up), cli, first-start.</summary>
    public static string Trigger(RetrainTrigger trigger) => trigger == RetrainTrigger.FirstStart ? "first-start" : Lower(trigger);
}
