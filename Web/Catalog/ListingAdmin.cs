using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Catalog;

/// <summary>A track kept out of lists (or let in by hand), as the admin page lists it.</summary>
public sealed record ListedTrack(int TrackId, string SpotifyId, string Title, string Artists, string Reason, bool? Decision, string? ChangedBy);

/// <summary>
/// The admin's view of the music-only rules: every track of a catalog that is not recommended and why (the
/// rules, an admin, or training leaving it out), and the admin's include / exclude decisions, stored apart
/// from tracks and models so they survive re-imports and retraining. A decision is served at once.
/// </summary>
public sealed class ListingAdmin(AppDbContext db, ModelStore models, ModelLoader loader, TimeProvider time)
{
    public const string NotTrained = "Not in the active model: training left it out (an artist outside the catalog's genre, or a duplicate).";

    public async Task<IReadOnlyList<ListedTrack>> ExcludedAsync(TargetCatalog catalog, CancellationToken cancellationToken)
    {
        var model = models.Get(catalog);
        var decisions = await db.TrackListings.AsNoTracking().ToDictionaryAsync(l => l.TrackId, cancellationToken);
        var rows = new List<ListedTrack>();
        foreach (var track in model?.Tracks.Values ?? [])
        {
            var decision = decisions.GetValueOrDefault(track.Id);
            if (track.Exclusion is { } reason || decision?.Listed == true)
                rows.Add(new(track.Id, track.SpotifyId, track.Title, track.DisplayArtists, track.Exclusion ?? "Included by an admin.", decision?.Listed, decision?.ChangedBy));
        }
        if (model is not null)
        {
            var flag = catalog.AsCatalogs();
            var untrained = await db.Tracks.AsNoTracking()
                .Where(t => (t.Catalogs & flag) != 0 && t.Tempo > 0)
                .Select(t => new { t.Id, t.SpotifyId, t.Title, t.Artists })
                .ToListAsync(cancellationToken);
            rows.AddRange(untrained.Where(t => !model.Tracks.ContainsKey(t.Id)).Select(t => new ListedTrack(
                t.Id, t.SpotifyId, t.Title, t.Artists.Length > 0 ? t.Artists : ArtistSlug.UnknownArtist, NotTrained,
                decisions.GetValueOrDefault(t.Id)?.Listed, decisions.GetValueOrDefault(t.Id)?.ChangedBy)));
        }
        return rows.OrderBy(r => r.Reason, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToArray();
    }

    /// <summary>Stores an admin's decision (true: recommend, false: don't, null: back to the rules); false when no such track.</summary>
    public async Task<bool> DecideAsync(int trackId, bool? listed, string? note, string by, CancellationToken cancellationToken)
    {
        if (!await db.Tracks.AnyAsync(t => t.Id == trackId, cancellationToken)) return false;
        var stored = await db.TrackListings.FirstOrDefaultAsync(l => l.TrackId == trackId, cancellationToken);
        if (listed is null)
        {
            if (stored is not null) db.TrackListings.Remove(stored);
        }
        else
        {
            stored ??= db.TrackListings.Add(new TrackListing { TrackId = trackId, ChangedBy = by }).Entity;
            (stored.Listed, stored.Note, stored.ChangedBy, stored.ChangedAt) = (listed.Value, note, by, time.GetUtcNow().UtcDateTime);
        }
        await db.SaveChangesAsync(cancellationToken);
        await loader.RefreshAsync(cancellationToken);
        return true;
    }
}
