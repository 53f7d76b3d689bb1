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
    TimeProvider time,
    ILogger<SongLookupService> logger)
{
    public const string SourceSpotify = "spotify";

    public const string SourceReccoBeats = "reccobeats";

    public bool IsLiveLookupEnabled => spotify.IsEnabled;

    /// <summary>One sentence for the site to show next to the search box.</summary>
    public string LiveLookupStatus => spotify.IsEnabled ? "Live Spotify lookup is on." : SpotifyClient.NotConfiguredMessage;

    /// <summary>Takes what a listener pastes: an open.spotify.com link, a spotify:track: URI or an id.</summary>
    public Task<SongLookupResult> LookUpAsync(string linkOrId, CancellationToken cancellationToken = default) =>
        SpotifyLink.TryParseTrackId(linkOrId, out var id)
            ? GetFeaturesAsync(id, cancellationToken)
            : Task.FromResult(SongLookupResult.Unavailable(linkOrId?.Trim() ?? "", "That is not a Spotify track link."));

    public async Task<SongLookupResult> GetFeaturesAsync(string spotifyTrackId, CancellationToken cancellationToken = default)
    {
        if (!SpotifyLink.IsSpotifyId(spotifyTrackId)) return SongLookupResult.Unavailable(spotifyTrackId ?? "", "Not a Spotify track id.");
        var id = spotifyTrackId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var local = await db.Tracks.AsNoTracking().FirstOrDefaultAsync(t => t.SpotifyId == id, cancellationToken);
        if (local is not null) return FromLocal(local);

        var notes = new List<string>();
        SpotifyTrack? track = null;
        if (spotify.IsEnabled)
        {
            var found = await spotify.GetTrackAsync(id, cancellationToken);
            if (found.Failure == ServiceFailure.NotFound) return SongLookupResult.Unavailable(id, "Spotify has no track with this id.");
            if (found.Succeeded) track = found.Value;
            else notes.Add(found.Message!);
        }
        else
        {
            notes.Add(SpotifyClient.NotConfiguredMessage);
        }

        // When the track call already failed, Spotify's features would fail too and only eat the budget.
        var (features, source) = await FetchFeaturesAsync(id, askSpotify: track is not null, notes, cancellationToken);
        var song = track is null ? null : ToSongInfo(track);
        if (features is null) return SongLookupResult.Unavailable(id, "Audio features are unavailable. " + string.Join(" ", notes), song);

        int? trackId = null;
        if (track is null) notes.Add("Not saved to the catalog: without Spotify the song has no title.");
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
            notes.Add(fromSpotify.Failure switch
            {
                ServiceFailure.None => "Spotify has no audio features for this track.",
                ServiceFailure.Forbidden => "Spotify does not give audio features to this app (HTTP 403).",
                _ => fromSpotify.Message!,
            });
        }

        var fromReccoBeats = await reccoBeats.GetAudioFeaturesAsync([id], cancellationToken);
        if (fromReccoBeats.Succeeded && fromReccoBeats.Value.TryGetValue(id, out var fallback)) return (fallback, FeatureSource.ReccoBeats);
        notes.Add(fromReccoBeats.Succeeded ? "ReccoBeats has no audio features for this track." : fromReccoBeats.Message!);
        return (null, FeatureSource.Unavailable);
    }

    private async Task<int?> StoreAsync(AppDbContext db, SpotifyTrack track, TrackFeatures features, FeatureSource source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var row = new Track
        {
            SpotifyId = track.Id,
            Title = Clip(track.Title, 500),
            Artists = Clip(track.ArtistNames, 1000),
            Album = track.Album is null ? null : Clip(track.Album, 500),
            ReleaseDate = track.ReleaseDate is null ? null : Clip(track.ReleaseDate, 32),
            Popularity = track.Popularity,
            Catalogs = Catalogs.Reference,
            Source = source == FeatureSource.Spotify ? SourceSpotify : SourceReccoBeats,
            Features = features.Features,
            Key = features.Key,
            Mode = features.Mode,
            TimeSignature = features.TimeSignature,
            DurationMs = track.DurationMs ?? features.DurationMs,
            Explicit = track.Explicit,
            SearchText = Clip(SearchTextNormalizer.ForTrack(track.Title, track.ArtistNames, track.Album), 2000),
            AddedAt = now,
            UpdatedAt = now,
        };
        db.Tracks.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Id;
        }
        catch (DbUpdateException e)
        {
            // Most likely a parallel lookup stored the same song first (SpotifyId is unique);
            // the listener's answer does not depend on this row.
            logger.LogWarning(e, "Could not store looked-up track {SpotifyId}", track.Id);
            return null;
        }
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

    private static string Clip(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
