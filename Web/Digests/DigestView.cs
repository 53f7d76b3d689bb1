using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Digests;

/// <summary>Reads digest runs with their counts, for the Jobs page, the admin digest page and the API.</summary>
public sealed class DigestView(AppDbContext db)
{
    public async Task<IReadOnlyList<DigestRunSummary>> RunsAsync(int take, CancellationToken cancellationToken) =>
        await Summaries(db.DigestRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(take)).ToListAsync(cancellationToken);

    public Task<DigestRunSummary?> RunAsync(int id, CancellationToken cancellationToken) =>
        Summaries(db.DigestRuns.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Each delivery of a run with the listener's address, for admins.</summary>
    public async Task<IReadOnlyList<(string Email, DigestDeliveryStatus Status, string? Detail, int Picks)>> DeliveriesAsync(int runId, CancellationToken cancellationToken)
    {
        var rows = await db.DigestDeliveries.AsNoTracking().Where(d => d.RunId == runId)
            .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new { u.Email, d.Status, d.Detail, Picks = d.Picks.Count, d.Id })
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Email ?? "", r.Status, r.Detail, r.Picks))];
    }

    private static IQueryable<DigestRunSummary> Summaries(IQueryable<DigestRun> runs) => runs.Select(r => new DigestRunSummary(
        r.Id, r.Trigger, r.RequestedBy, r.Status, r.StartedAt, r.FinishedAt, r.Error,
        r.Deliveries.Count(d => d.Status == DigestDeliveryStatus.Sent),
        r.Deliveries.Count(d => d.Status == DigestDeliveryStatus.Skipped),
        r.Deliveries.Count(d => d.Status == DigestDeliveryStatus.Failed),
        r.Deliveries.Count(d => d.Status == DigestDeliveryStatus.Queued)));
}
