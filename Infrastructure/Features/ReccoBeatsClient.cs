using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Features;

/// <summary>
/// ReccoBeats, without a key: <c>GET /v1/audio-features?ids=</c> (Spotify-style features; no
/// <c>time_signature</c>) and <c>GET /v1/track?ids=</c> (title, artists, duration, ISRC, popularity), both for
/// up to 40 Spotify track ids. Items carry ReccoBeats' own ids, so each is matched back to the Spotify id at the
/// end of its <c>href</c>.
/// </summary>
public sealed class ReccoBeatsClient(HttpClient http, IOptions<ReccoBeatsOptions> options, TimeProvider time, ILogger<ReccoBeatsClient> logger)
{
    public const string ServiceName = "ReccoBeats";

    public const int MaxIdsPerCall = 40;

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
                ServiceFailure.NotConfigured, "ReccoBeats lookups are switched off (Features:ReccoBeatsEnabled).");

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

    /// <summary>
    /// What ReccoBeats knows of each track (unknown ids are absent). One call of at most <see cref="MaxIdsPerCall"/>
    /// ids; a failure (a 429 with its Retry-After included) is the caller's to wait on or report.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyDictionary<string, ReccoBeatsTrack>>> GetTracksAsync(
        IReadOnlyCollection<string> spotifyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spotifyIds);
        if (!IsEnabled)
            return ServiceResult<IReadOnlyDictionary<string, ReccoBeatsTrack>>.Fail(
                ServiceFailure.NotConfigured, "ReccoBeats lookups are switched off (Features:ReccoBeatsEnabled).");
        var ids = spotifyIds.Where(id => SpotifyLink.IsSpotifyId(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length > MaxIdsPerCall) throw new ArgumentException($"At most {MaxIdsPerCall} ids per call.", nameof(spotifyIds));
        var found = new Dictionary<string, ReccoBeatsTrack>(StringComparer.Ordinal);
        if (ids.Length == 0) return ServiceResult<IReadOnlyDictionary<string, ReccoBeatsTrack>>.Success(found);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/track?ids={string.Join(',', ids)}");
        var result = await HttpCall.SendForJsonAsync<TrackResponse>(http, request, ServiceName, Json, time, cancellationToken);
        if (!result.Succeeded) return result.AsFailure<IReadOnlyDictionary<string, ReccoBeatsTrack>>();
        foreach (var item in result.Value.Content ?? [])
        {
            if (item is null || !SpotifyLink.TryParseTrackId(item.Href, out var spotifyId) || !ids.Contains(spotifyId)) continue;
            var artists = (item.Artists ?? []).Select(a => a?.Name?.Trim()).OfType<string>().Where(n => n.Length > 0).ToArray();
            var popularity = item.Popularity is >= 0 and <= 100 ? item.Popularity : null;
            var duration = item.DurationMs is > 0 and < 24 * 3600 * 1000 ? item.DurationMs : null;
            found[spotifyId] = new ReccoBeatsTrack(spotifyId, item.TrackTitle, artists, duration, string.IsNullOrWhiteSpace(item.Isrc) ? null : item.Isrc.Trim(), popularity);
        }
        return ServiceResult<IReadOnlyDictionary<string, ReccoBeatsTrack>>.Success(found);
    }

    private sealed record Response(IReadOnlyList<Item?>? Content);

    private sealed record TrackResponse(IReadOnlyList<TrackItem?>? Content);

    private sealed record TrackItem(string? Id, string? TrackTitle, IReadOnlyList<ArtistItem?>? Artists, int? DurationMs, string? Isrc, int? Popularity, string? Href);

    private sealed record ArtistItem(string? Id, string? Name);

    private sealed record Item(
        string? Id, string? Href, double? Danceability, double? Energy, double? Loudness, double? Speechiness,
        double? Acousticness, double? Instrumentalness, double? Liveness, double? Valence, double? Tempo, int? Key, int? Mode);
}
