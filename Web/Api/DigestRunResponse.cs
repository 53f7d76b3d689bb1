using System.ComponentModel;
using MusicRecommender.Web.Digests;

namespace MusicRecommender.Web.Api;

/// <summary>A digest run for <c>GET /api/admin/digests/runs/{id}</c>.</summary>
internal sealed record DigestRunResponse(
    int RunId,
    [property: Description("schedule or admin.")] string Trigger,
    [property: Description("running, finished or failed.")] string Status,
    DateTime StartedAt,
    DateTime? FinishedAt,
    string? Error,
    [property: Description("Digests handed to the mail server (or written to the pickup folder).")] int Sent,
    [property: Description("Listeners with no mail this time: no recent activity, nothing new, an unconfirmed address.")] int Skipped,
    [property: Description("Digests that could not be picked, or not sent after every retry.")] int Failed,
    [property: Description("Digests whose mail job has not finished yet.")] int Queued)
{
    public static DigestRunResponse From(DigestRunSummary run) => new(
        run.Id, run.Trigger.ToString().ToLowerInvariant(), run.Status.ToString().ToLowerInvariant(),
        DateTime.SpecifyKind(run.StartedAt, DateTimeKind.Utc), run.FinishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        run.Error, run.Sent, run.Skipped, run.Failed, run.Queued);
}
