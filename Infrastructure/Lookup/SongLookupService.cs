using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>
/// A song's audio features from the first source that has them: the local catalog, Spotify's
/// audio-features, then ReccoBeats. A song found live is stored as a reference track, so the next
/// lookup is local. Outside failures never throw; the result says which source served or what failed.
/// </summary>
public sealed class SongLookupService(
    IDbContextFactory<AppDbContext> dbFactory,
    SpotifyClient spotify,
    ReccoBeatsClient reccoBeats,
    CatalogIdentity identity,
    TimeProvider time,
    ILogger<SongLookupService> logger)
{
    public const string SourceSpotify = "spotify";

    public const string SourceReccoBeats = "reccobeats";

    /// <summary>Whether Spotify can be searched (the search box's live suggestions need it).</summary>
    public bool IsLiveLookupEnabled => spotify.IsEnabled;

    /// <summary>Whether any live source can find songs: Spotify with credentials, or keyless ReccoBeats.</summary>
    public bool CanLookUpLive => spotify.IsEnabled || reccoBeats.IsEnabled;

    /// <summary>One sentence for the site to show next to the search box.</summary>
    public string LiveLookupStatus => spotify.IsEnabled ? "Live Spotify lookup is on." : SpotifyClient.NotConfiguredMessage;

    /// <summary>Takes what a listener pastes: an open.spotify.com link, a spotify:track: URI or an id.</summary>
    public Task<SongLookupResult> LookUpAsync(string linkOrId, CancellationToken cancellationToken = default) =>
        SpotifyLink.TryParseTrackId(linkOrId, out var id)
            ? GetFeaturesAsync(id, cancellationToken)
            : Task.FromResult(SongLookupResult.Unavailable(linkOrId?.Trim() ?? "", "That is not a Spotify track link."));

    public Task<SongLookupResult> GetFeaturesAsync(string spotifyTrackId, CancellationToken cancellationToken = default) =>
        GetFeaturesAsync(spotifyTrackId, known: null, cancellationToken);

    /// <summary>
    /// As <see cref="GetFeaturesAsync(string, CancellationToken)"/>, for a song a search already named
    /// (<paramref name="known"/>): Spotify is not asked to name it again. Without Spotify, ReccoBeats'
    /// tracks by id name the song, so it can be stored.
    /// </summary>
    public async Task<SongLookupResult> GetFeaturesAsync(string spotifyTrackId, SpotifyTrack? known, CancellationToken cancellationToken = default)
    {
        if (!SpotifyLink.IsSpotifyId(spotifyTrackId)) return SongLookupResult.Unavailable(spotifyTrackId ?? "", "Not a Spotify track id.");
        var id = spotifyTrackId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var local = await db.Tracks.AsNoTracking().FirstOrDefaultAsync(t => t.SpotifyId == id, cancellationToken);
        if (local is not null) return FromLocal(local);

        var notes = new List<string>();
        var track = known;
        var spotifyNamed = false;
        if (track is null && spotify.IsEnabled)
        {
            var found = await spotify.GetTrackAsync(id, cancellationToken);
            if (found.Failure == ServiceFailure.NotFound) return SongLookupResult.Unavailable(id, "Spotify has no track with this id.");
            if (found.Succeeded) (track, spotifyNamed) = (found.Value, true);
            else notes.Add(found.Message!);
        }

        // When the track call already failed, Spotify's features would fail too and only eat the budget.
        var (features, source) = await FetchFeaturesAsync(id, askSpotify: spotifyNamed || (known is not null && spotify.IsEnabled), notes, cancellationToken);
        if (features is not null && track is null) track = await NameWithReccoBeatsAsync(id, cancellationToken);
        var song = track is null ? null : ToSongInfo(track);
        if (features is null) return SongLookupResult.Unavailable(id, string.Join(" ", notes), song);

        int? trackId = null;
        if (track is null) notes.Add("Not saved to the catalog: no source could name the song.");
        else trackId = await StoreAsync(db, track, features, source, cancellationToken);
        return new SongLookupResult
        {
            SpotifyId = id,
            Source = source,
            Features = features.Features,
            Song = song,
            TrackId = trackId,
            Catalogs = trackId is null ? Catalogs.None : Catalogs.Reference,
            Reason = notes.Count == 0 ? null : string.Join(" ", notes),
        };
    }

    /// <summary>Spotify's search, for merging with local suggestions; at most 10 results.</summary>
    public async Task<ServiceResult<IReadOnlyList<SongInfo>>> SearchLiveAsync(
        string query, int limit = SpotifyClient.MaxSearchLimit, CancellationToken cancellationToken = default)
    {
        var result = await spotify.SearchTracksAsync(query, limit, cancellationToken);
        return result.Map<IReadOnlyList<SongInfo>>(tracks => tracks.Select(ToSongInfo).ToList());
    }

    private async Task<(TrackFeatures? Features, FeatureSource Source)> FetchFeaturesAsync(
        string id, bool askSpotify, List<string> notes, CancellationToken cancellationToken)
    {
        if (askSpotify)
        {
            var fromSpotify = await spotify.GetAudioFeaturesAsync([id], cancellationToken);
            if (fromSpotify.Succeeded && fromSpotify.Value.TryGetValue(id, out var features)) return (features, FeatureSource.Spotify);
            notes.Add(fromSpotify.Succeeded ? "Spotify has no audio features for this track." : SpotifyFeaturesFailure(fromSpotify));
        }

        var fromReccoBeats = await reccoBeats.GetAudioFeaturesAsync([id], cancellationToken);
        if (fromReccoBeats.Succeeded && fromReccoBeats.Value.TryGetValue(id, out var fallback)) return (fallback, FeatureSource.ReccoBeats);
        notes.Add(fromReccoBeats.Succeeded ? "ReccoBeats has no audio features for this track." : fromReccoBeats.Message!);
        return (null, FeatureSource.Unavailable);
    }

    /// <summary>
    /// Features for many tracks, for imports: Spotify's audio-features, then ReccoBeats for the rest,
    /// batch by batch so one failed batch loses only its own ids. Nothing is stored here.
    /// </summary>
    public async Task<BatchFeatures> GetFeaturesBatchAsync(
        IEnumerable<string> spotifyIds, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spotifyIds);
        var ids = spotifyIds.Where(id => SpotifyLink.IsSpotifyId(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, SourcedFeatures>(StringComparer.Ordinal);
        var notes = new List<string>();
        if (ids.Count > 0 && spotify.IsEnabled)
        {
            foreach (var batch in ids.Chunk(SpotifyClient.MaxAudioFeaturesIds))
            {
                var result = await spotify.GetAudioFeaturesAsync(batch, cancellationToken);
                if (!result.Succeeded) AddOnce(notes, SpotifyFeaturesFailure(result));
                foreach (var (id, features) in result.Value ?? new Dictionary<string, TrackFeatures>()) found[id] = new(features, FeatureSource.Spotify);
                progress?.Report($"Spotify audio-features: {found.Count} of {ids.Count} tracks so far");
            }
        }
        var rest = ids.Where(id => !found.ContainsKey(id)).ToList();
        var fromReccoBeats = 0;
        foreach (var batch in rest.Chunk(ReccoBeatsClient.MaxIdsPerCall))
        {
            var result = await reccoBeats.GetAudioFeaturesAsync(batch, cancellationToken);
            if (!result.Succeeded) AddOnce(notes, result.Message!);
            foreach (var (id, features) in result.Value ?? new Dictionary<string, TrackFeatures>())
            {
                found[id] = new(features, FeatureSource.ReccoBeats);
                fromReccoBeats++;
            }
            progress?.Report($"ReccoBeats: {fromReccoBeats} of {rest.Count} remaining tracks so far");
        }
        return new BatchFeatures(found, notes);
    }

    /// <summary>ReccoBeats' name for a track Spotify could not name; null when it has none either.</summary>
    private async Task<SpotifyTrack?> NameWithReccoBeatsAsync(string id, CancellationToken cancellationToken)
    {
        var named = await reccoBeats.GetTracksAsync([id], cancellationToken);
        return named.Succeeded && named.Value.TryGetValue(id, out var track) ? track.ToSpotifyTrack() : null;
    }

    private static string SpotifyFeaturesFailure<T>(ServiceResult<T> result) =>
        result.Failure == ServiceFailure.Forbidden ? "Spotify does not give audio features to this app (HTTP 403)." : result.Message!;

    private static void AddOnce(List<string> notes, string note)
    {
        if (!notes.Contains(note, StringComparer.Ordinal)) notes.Add(note);
    }

    private async Task<int?> StoreAsync(AppDbContext db, SpotifyTrack track, TrackFeatures features, FeatureSource source, CancellationToken cancellationToken)
    {
        var row = TrackRows.Create(track, features, source, Catalogs.Reference, time.GetUtcNow().UtcDateTime);
        db.Tracks.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Most likely a parallel lookup stored the same song first (SpotifyId is unique);
            // the listener's answer does not depend on this row.
            logger.LogWarning(e, "Could not store looked-up track {SpotifyId}", track.Id);
            return null;
        }
        await identity.UpdateTracksAsync([row.Id], cancellationToken);
        return row.Id;
    }

    private static SongLookupResult FromLocal(Track local) => new()
    {
        SpotifyId = local.SpotifyId,
        Source = FeatureSource.Local,
        Features = local.Features,
        Song = new(local.SpotifyId, local.Title, local.Artists, local.Album, null, local.Popularity, local.ReleaseDate),
        TrackId = local.Id,
        Catalogs = local.Catalogs,
    };

    private static SongInfo ToSongInfo(SpotifyTrack track) =>
        new(track.Id, track.Title, track.ArtistNames, track.Album, track.ImageUrl, track.Popularity, track.ReleaseDate);
}
