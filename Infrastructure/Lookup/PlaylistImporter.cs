using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>What a playlist import did, for the command line's summary.</summary>
public sealed record PlaylistImportSummary(
    int PlaylistTracks,
    int AddedFromSpotify,
    int AddedFromReccoBeats,
    int FlagAdded,
    int AlreadyInCatalog,
    IReadOnlyList<SpotifyTrack> WithoutFeatures,
    IReadOnlyList<string> Notes)
{
    public int Added => AddedFromSpotify + AddedFromReccoBeats;
}

/// <summary>
/// Adds a Spotify playlist's tracks to a target catalog: tracks already stored get the catalog's
/// flag, new ones are stored with features from the lookup chain (Spotify, then ReccoBeats), and
/// those without features are reported rather than stored with made-up values.
/// </summary>
public sealed class PlaylistImporter(IDbContextFactory<AppDbContext> dbFactory, SpotifyClient spotify, SongLookupService lookup, CatalogIdentity identity, TimeProvider time)
{
    /// <summary>Far above any playlist a person curates; a guard against endless paging.</summary>
    public const int MaxTracks = 10_000;

    public async Task<ServiceResult<PlaylistImportSummary>> ImportAsync(
        string playlistId, TargetCatalog catalog, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!spotify.IsEnabled) return ServiceResult<PlaylistImportSummary>.Fail(ServiceFailure.NotConfigured, SpotifyClient.NotConfiguredMessage);
        progress?.Report($"Reading playlist {playlistId} from Spotify...");
        var read = await spotify.GetPlaylistTracksAsync(playlistId, MaxTracks, cancellationToken);
        if (!read.Succeeded)
        {
            var message = read.Failure == ServiceFailure.NotFound ? "Spotify has no playlist with this id (or it is private)." : read.Message!;
            return ServiceResult<PlaylistImportSummary>.Fail(read.Failure, message, read.RetryAfter);
        }
        var tracks = read.Value.DistinctBy(t => t.Id, StringComparer.Ordinal).ToList();
        progress?.Report($"{tracks.Count} tracks in the playlist.");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = tracks.Select(t => t.Id).ToList();
        var stored = await db.Tracks.Where(t => ids.Contains(t.SpotifyId)).ToDictionaryAsync(t => t.SpotifyId, StringComparer.Ordinal, cancellationToken);
        var flag = catalog.AsCatalogs();
        var now = time.GetUtcNow().UtcDateTime;
        var flagAdded = 0;
        foreach (var row in stored.Values.Where(r => (r.Catalogs & flag) == 0))
        {
            row.Catalogs |= flag;
            row.UpdatedAt = now;
            flagAdded++;
        }

        var missing = tracks.Where(t => !stored.ContainsKey(t.Id)).ToList();
        progress?.Report($"{stored.Count} already stored, {missing.Count} need audio features.");
        var features = await lookup.GetFeaturesBatchAsync(missing.Select(t => t.Id), progress, cancellationToken);
        var without = new List<SpotifyTrack>();
        int fromSpotify = 0, fromReccoBeats = 0;
        var added = new List<Data.Entities.Track>();
        foreach (var track in missing)
        {
            if (!features.Found.TryGetValue(track.Id, out var found))
            {
                without.Add(track);
                continue;
            }
            added.Add(TrackRows.Create(track, found.Features, found.Source, flag, now));
            db.Tracks.Add(added[^1]);
            if (found.Source == FeatureSource.Spotify) fromSpotify++;
            else fromReccoBeats++;
        }
        await db.SaveChangesAsync(cancellationToken);
        // New catalog members find their songs; the artists of the new tracks become entities.
        await identity.UpdateTracksAsync([.. added.Select(t => t.Id), .. stored.Values.Select(t => t.Id)], cancellationToken);
        progress?.Report("Saved.");
        return ServiceResult<PlaylistImportSummary>.Success(new(
            tracks.Count, fromSpotify, fromReccoBeats, flagAdded, stored.Count - flagAdded, without, features.Notes));
    }
}
