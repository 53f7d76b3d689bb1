using System.ComponentModel;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.Web.Retraining;

namespace MusicRecommender.Web.Api;

/// <summary>A retrain run with its steps, log and per-catalog results (the Jobs page's live progress reads the same).</summary>
internal sealed record RetrainRunResponse(
    int Id,
    [property: Description("The run status in lower case: running, succeeded, rejected (the gate kept the active model) or failed.")] string Status,
    [property: Description("What started it, in lower case (schedule, admin, startup, cli, first-start).")] string Trigger,
    string? RequestedBy,
    int Attempt,
    DateTime StartedAt,
    DateTime? FinishedAt,
    double? DurationSeconds,
    [property: Description("The instance that ran it.")] string? Instance,
    string? Error,
    IReadOnlyList<RunStep> Steps,
    IReadOnlyList<RunLogLine> Log,
    [property: Description("Per target catalog: the version trained, its metrics and the gate's verdict.")] IReadOnlyList<CatalogRunResult> Metrics,
    [property: Description("The model version trained per catalog, by catalog name.")] Dictionary<string, int> ModelVersions)
{
    public static RetrainRunResponse From(RunDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var run = detail.Run;
        return new(
            run.Id,
            RunJson.Lower(run.Status),
            RunJson.Trigger(run.Trigger),
            run.RequestedBy,
            run.Attempt,
            run.StartedAt,
            run.FinishedAt,
            run.Duration?.TotalSeconds,
            run.Instance,
            run.Error,
            [.. detail.Steps.Select(s => new RunStep(s.Catalog.Name(), s.Name, RunJson.Lower(s.Status), DateTime.SpecifyKind(s.StartedAt, DateTimeKind.Utc),
                s.FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null, s.Detail))],
            [.. detail.Log.Select(l => new RunLogLine(DateTime.SpecifyKind(l.At, DateTimeKind.Utc), l.Message))],
            run.Results,
            run.Results.ToDictionary(r => r.Catalog, r => r.Version));
    }
}

internal sealed record RunStep(string Catalog, string Name, string Status, DateTime StartedAt, DateTime? FinishedAt, string? Detail);

internal sealed record RunLogLine(DateTime At, string Message);
