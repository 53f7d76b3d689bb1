using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// Names the state of what a served model shows besides its clusters: every write of a track sets its
/// UpdatedAt (an import, enrichment, the identity step), every admin decision its ChangedAt. Two index reads.
/// </summary>
internal static class CatalogStamp
{
    public static async Task<string> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var tracks = await db.Tracks.MaxAsync(t => (DateTime?)t.UpdatedAt, cancellationToken);
        var listings = await db.TrackListings.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Latest = g.Max(l => l.ChangedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        return FormattableString.Invariant($"{tracks?.Ticks}|{listings?.Count}|{listings?.Latest.Ticks}");
    }
}
