using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// Names the state of what a served model shows besides its clusters: every write of a track sets its
/// UpdatedAt (an import, enrichment, the identity step), every admin decision its ChangedAt (and removing one changes the count). Index reads and a small table.
/// </summary>
internal static class CatalogStamp
{
    public static async Task<string> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var tracks = await db.Tracks.MaxAsync(t => (DateTime?)t.UpdatedAt, cancellationToken);
        var decisions = await db.TrackListings.CountAsync(cancellationToken);
        var decided = await db.TrackListings.MaxAsync(l => (DateTime?)l.ChangedAt, cancellationToken);
        return FormattableString.Invariant($"{tracks?.Ticks}|{decisions}|{decided?.Ticks}");
    }
}
