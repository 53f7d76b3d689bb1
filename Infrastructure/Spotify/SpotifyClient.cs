using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Spotify;

/// <summary>
/// A small typed client for the Spotify Web API with an app token (SpotifyAPI.Web is not served).
/// Every method answers with a <see cref="ServiceResult{T}"/>; outside failures never throw.
/// </summary>
public sealed class SpotifyClient(HttpClient http, SpotifyTokenProvider tokens, IOptions<SpotifyOptions> options, TimeProvider time)
{
    public const string ServiceName = "Spotify";

    public const string NotConfiguredMessage = "Live Spotify lookup is off: Spotify:ClientId and Spotify:ClientSecret are not set.";

    /// <summary>Search answers 400 above 10 items per call (limit since 2026).</summary>
    public const int MaxSearchLimit = 10;

    public const int MaxAudioFeaturesIds = 100;

    private const int PlaylistPageSize = 50;

    public bool IsEnabled => options.Value.IsConfigured;

    public async Task<ServiceResult<IReadOnlyList<SpotifyTrack>>> SearchTracksAsync(
        string query, int limit = MaxSearchLimit, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query)) return ServiceResult<IReadOnlyList<SpotifyTrack>>.Success([]);
        var url = $"v1/search?type=track&limit={Math.Clamp(limit, 1, MaxSearchLimit)}&q={Uri.EscapeDataString(query.Trim())}";
        var result = await GetAsync<SpotifyJson.SearchResponse>(url, cancellationToken);
        return result.Map(r => SpotifyJson.ToTracks(r.Tracks?.Items));
    }

    public async Task<ServiceResult<SpotifyTrack>> GetTrackAsync(string trackId, CancellationToken cancellationToken = default)
    {
        if (!SpotifyLink.IsSpotifyId(trackId)) return ServiceResult<SpotifyTrack>.Fail(ServiceFailure.BadRequest, "Not a Spotify track id.");
        var result = await GetAsync<SpotifyJson.TrackObject>($"v1/tracks/{trackId}", cancellationToken);
        if (!result.Succeeded) return result.AsFailure<SpotifyTrack>();
        return SpotifyJson.ToTrack(result.Value) is { } track
            ? ServiceResult<SpotifyTrack>.Success(track)
            : ServiceResult<SpotifyTrack>.Fail(ServiceFailure.MalformedResponse, "Spotify sent a track we could not read.");
    }

    /// <summary>
    /// Features for the ids Spotify has them for. Apps created after 27 Nov 2024 get 403
    /// (<see cref="ServiceFailure.Forbidden"/>); callers then ask ReccoBeats.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyDictionary<string, TrackFeatures>>> GetAudioFeaturesAsync(
        IEnumerable<string> trackIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackIds);
        var found = new Dictionary<string, TrackFeatures>(StringComparer.Ordinal);
        var ids = trackIds.Where(id => SpotifyLink.IsSpotifyId(id)).Distinct(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(MaxAudioFeaturesIds))
        {
            var result = await GetAsync<SpotifyJson.AudioFeaturesResponse>($"v1/audio-features?ids={string.Join(',', batch)}", cancellationToken);
            if (!result.Succeeded) return result.AsFailure<IReadOnlyDictionary<string, TrackFeatures>>();
            // Unknown ids come back as null entries.
            foreach (var item in result.Value.AudioFeatures ?? [])
            {
                if (item?.Id is not { } id || !batch.Contains(id)) continue;
                var features = TrackFeatures.Create(
                    [item.Danceability, item.Energy, item.Loudness, item.Speechiness, item.Acousticness,
                     item.Instrumentalness, item.Liveness, item.Valence, item.Tempo],
                    item.Key, item.Mode, item.TimeSignature, item.DurationMs);
                if (features is not null) found[id] = features;
            }
        }
        return ServiceResult<IReadOnlyDictionary<string, TrackFeatures>>.Success(found);
    }

    /// <summary>
    /// A playlist's tracks (episodes, local files and removed entries skipped), following
    /// <c>next</c> page by page up to <paramref name="maxTracks"/>. A failed page fails the whole call.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyList<SpotifyTrack>>> GetPlaylistTracksAsync(
        string playlistId, int maxTracks = 1000, CancellationToken cancellationToken = default)
    {
        if (!SpotifyLink.IsSpotifyId(playlistId))
            return ServiceResult<IReadOnlyList<SpotifyTrack>>.Fail(ServiceFailure.BadRequest, "Not a Spotify playlist id.");
        var tracks = new List<SpotifyTrack>();
        string? url = $"v1/playlists/{playlistId}/tracks?limit={PlaylistPageSize}";
        while (url is not null && tracks.Count < maxTracks)
        {
            var page = await GetAsync<SpotifyJson.Paging<SpotifyJson.PlaylistItem>>(url, cancellationToken);
            if (!page.Succeeded) return page.AsFailure<IReadOnlyList<SpotifyTrack>>();
            tracks.AddRange(SpotifyJson.ToTracks((page.Value.Items ?? []).Select(i => i?.Track)));
            url = page.Value.Next;
            // Our token goes only to Spotify's API host, whatever a response links to.
            if (url is not null && !url.StartsWith(ApiBase.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
                return ServiceResult<IReadOnlyList<SpotifyTrack>>.Fail(ServiceFailure.MalformedResponse, "Spotify linked the next page to another host.");
        }
        return ServiceResult<IReadOnlyList<SpotifyTrack>>.Success(tracks.Count > maxTracks ? tracks.GetRange(0, maxTracks) : tracks);
    }

    private Uri ApiBase => HttpCall.BaseUri(options.Value.ApiBaseUrl);

    private async Task<ServiceResult<T>> GetAsync<T>(string url, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsEnabled) return ServiceResult<T>.Fail(ServiceFailure.NotConfigured, NotConfiguredMessage);
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            if (!token.Succeeded) return token.AsFailure<T>();
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            var result = await HttpCall.SendForJsonAsync<T>(http, request, ServiceName, SpotifyJson.Options, time, cancellationToken);
            // A token can be revoked before it expires; one fresh token is worth a single try.
            if (result.Failure != ServiceFailure.Unauthorized || attempt > 1) return result;
            tokens.Invalidate(token.Value);
        }
    }
}
