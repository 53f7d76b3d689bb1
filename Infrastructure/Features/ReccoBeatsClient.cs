using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Features;

/// <summary>
/// ReccoBeats, without a key: <c>GET /v1/audio-features?ids=</c> (Spotify-style features for Spotify
/// track ids; items carry ReccoBeats' own ids, so each is matched back to the Spotify id at the end of
/// its <c>href</c>; no <c>time_signature</c>), artist search, an artist's tracks and tracks by id.
/// </summary>
public sealed class ReccoBeatsClient(HttpClient http, IOptions<ReccoBeatsOptions> options, TimeProvider time, ILogger<ReccoBeatsClient> logger)
{
    public const string ServiceName = "ReccoBeats";

    public const int MaxIdsPerCall = 40;

    /// <summary>Search and an artist's tracks answer 400 above 50 items per page.</summary>
    public const int MaxPageSize = 50;

    public const string DisabledMessage = "ReccoBeats lookups are switched off (Features:ReccoBeatsEnabled).";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsEnabled => options.Value.ReccoBeatsEnabled;

    /// <summary>
    /// Features for the ids ReccoBeats knows; unknown ids are simply absent. Stops at the first
    /// failed batch of <see cref="MaxIdsPerCall"/> and reports that failure.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyDictionary<string, TrackFeatures>>> GetAudioFeaturesAsync(
        IEnumerable<string> spotifyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spotifyIds);
        if (!IsEnabled)
            return ServiceResult<IReadOnlyDictionary<string, TrackFeatures>>.Fail(
                ServiceFailure.NotConfigured, DisabledMessage);

        var ids = spotifyIds.Where(id => SpotifyLink.IsSpotifyId(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, TrackFeatures>(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(MaxIdsPerCall))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/audio-features?ids={string.Join(',', batch)}");
            var result = await HttpCall.SendForJsonAsync<Response>(http, request, ServiceName, Json, time, cancellationToken);
            if (!result.Succeeded) return result.AsFailure<IReadOnlyDictionary<string, TrackFeatures>>();
            foreach (var item in result.Value.Content ?? [])
            {
                if (item is null || !SpotifyLink.TryParseTrackId(item.Href, out var spotifyId) || !batch.Contains(spotifyId)) continue;
                var features = TrackFeatures.Create(
                    [item.Danceability, item.Energy, item.Loudness, item.Speechiness, item.Acousticness,
                     item.Instrumentalness, item.Liveness, item.Valence, item.Tempo],
                    item.Key, item.Mode, timeSignature: null, durationMs: null);
                if (features is null)
                {
                    logger.LogInformation("ReccoBeats gave incomplete or out-of-range features for {SpotifyId}; ignored", spotifyId);
                    continue;
                }
                found[spotifyId] = features;
            }
        }
        return ServiceResult<IReadOnlyDictionary<string, TrackFeatures>>.Success(found);
    }

    /// <summary>Artists whose name matches <paramref name="name"/> (ReccoBeats decides how loosely), first page.</summary>
    public async Task<ServiceResult<IReadOnlyList<ReccoBeatsArtist>>> SearchArtistsAsync(
        string name, int size = 25, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name)) return ServiceResult<IReadOnlyList<ReccoBeatsArtist>>.Success([]);
        var url = $"v1/artist/search?searchText={Uri.EscapeDataString(name.Trim())}&size={Math.Clamp(size, 1, MaxPageSize)}&page=0";
        var result = await GetAsync<ReccoBeatsJson.Paged<ReccoBeatsJson.Artist>>(url, cancellationToken);
        return result.Map<IReadOnlyList<ReccoBeatsArtist>>(page => [.. (page.Content ?? []).Select(ReccoBeatsJson.ToArtist).OfType<ReccoBeatsArtist>()]);
    }

    /// <summary>Artists by ReccoBeats or Spotify id (at most <see cref="MaxIdsPerCall"/>).</summary>
    public async Task<ServiceResult<IReadOnlyList<ReccoBeatsArtist>>> GetArtistsAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return ServiceResult<IReadOnlyList<ReccoBeatsArtist>>.Success([]);
        var url = $"v1/artist?ids={string.Join(',', ids.Take(MaxIdsPerCall).Select(Uri.EscapeDataString))}";
        var result = await GetAsync<ReccoBeatsJson.Paged<ReccoBeatsJson.Artist>>(url, cancellationToken);
        return result.Map<IReadOnlyList<ReccoBeatsArtist>>(page => [.. (page.Content ?? []).Select(ReccoBeatsJson.ToArtist).OfType<ReccoBeatsArtist>()]);
    }

    /// <summary>One page (0-based) of an artist's tracks; a page shorter than <paramref name="size"/> is the last.</summary>
    public async Task<ServiceResult<IReadOnlyList<ReccoBeatsTrack>>> GetArtistTracksAsync(
        string artistId, int page, int size = MaxPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artistId);
        var url = $"v1/artist/{Uri.EscapeDataString(artistId)}/track?size={Math.Clamp(size, 1, MaxPageSize)}&page={Math.Max(0, page)}";
        var result = await GetAsync<ReccoBeatsJson.Paged<ReccoBeatsJson.Track>>(url, cancellationToken);
        return result.Map<IReadOnlyList<ReccoBeatsTrack>>(p => [.. (p.Content ?? []).Select(ReccoBeatsJson.ToTrack).OfType<ReccoBeatsTrack>()]);
    }

    /// <summary>Tracks by Spotify id, batch by batch of <see cref="MaxIdsPerCall"/>; unknown ids are absent.</summary>
    public async Task<ServiceResult<IReadOnlyDictionary<string, ReccoBeatsTrack>>> GetTracksAsync(
        IEnumerable<string> spotifyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spotifyIds);
        var ids = spotifyIds.Where(id => SpotifyLink.IsSpotifyId(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, ReccoBeatsTrack>(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(MaxIdsPerCall))
        {
            var result = await GetAsync<ReccoBeatsJson.Paged<ReccoBeatsJson.Track>>($"v1/track?ids={string.Join(',', batch)}", cancellationToken);
            if (!result.Succeeded) return result.AsFailure<IReadOnlyDictionary<string, ReccoBeatsTrack>>();
            foreach (var track in (result.Value.Content ?? []).Select(ReccoBeatsJson.ToTrack).OfType<ReccoBeatsTrack>())
            {
                if (batch.Contains(track.SpotifyId)) found[track.SpotifyId] = track;
            }
        }
        return ServiceResult<IReadOnlyDictionary<string, ReccoBeatsTrack>>.Success(found);
    }

    private async Task<ServiceResult<T>> GetAsync<T>(string url, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsEnabled) return ServiceResult<T>.Fail(ServiceFailure.NotConfigured, DisabledMessage);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await HttpCall.SendForJsonAsync<T>(http, request, ServiceName, Json, time, cancellationToken);
    }

    private sealed record Response(IReadOnlyList<Item?>? Content);

    private sealed record Item(
        string? Id, string? Href, double? Danceability, double? Energy, double? Loudness, double? Speechiness,
        double? Acousticness, double? Instrumentalness, double? Liveness, double? Valence, double? Tempo, int? Key, int? Mode);
}
