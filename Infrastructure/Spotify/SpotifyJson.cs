using System.Text.Json;

namespace MusicRecommender.Infrastructure.Spotify;

/// <summary>The Web API's response shapes, as far as we read them (snake_case on the wire).</summary>
internal static class SpotifyJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public sealed record Token(string? AccessToken, string? TokenType, int? ExpiresIn);

    public sealed record SearchResponse(Paging<TrackObject>? Tracks);

    public sealed record Paging<T>(IReadOnlyList<T?>? Items, string? Next, int? Total);

    /// <summary>A playlist entry; <c>track</c> is null for removed tracks and may be an episode.</summary>
    public sealed record PlaylistItem(TrackObject? Track);

    public sealed record TrackObject(
        string? Id, string? Name, string? Type, bool? IsLocal, IReadOnlyList<Named?>? Artists, AlbumObject? Album,
        int? Popularity, int? DurationMs, bool? Explicit, ExternalIds? ExternalIds = null);

    public sealed record ExternalIds(string? Isrc);

    public sealed record Named(string? Name);

    public sealed record AlbumObject(string? Name, string? ReleaseDate, IReadOnlyList<Image?>? Images);

    public sealed record Image(string? Url, int? Width, int? Height);

    public sealed record AudioFeaturesResponse(IReadOnlyList<AudioFeaturesObject?>? AudioFeatures);

    public sealed record AudioFeaturesObject(
        string? Id, double? Danceability, double? Energy, double? Loudness, double? Speechiness, double? Acousticness,
        double? Instrumentalness, double? Liveness, double? Valence, double? Tempo,
        int? Key, int? Mode, int? TimeSignature, int? DurationMs);

    public static SpotifyTrack? ToTrack(TrackObject? track)
    {
        if (track is null || track.IsLocal == true || string.IsNullOrEmpty(track.Id) || string.IsNullOrEmpty(track.Name)) return null;
        if (track.Type is not (null or "track")) return null;
        var artists = (track.Artists ?? []).Select(a => a?.Name).OfType<string>().Where(n => n.Length > 0).ToList();
        return new(track.Id, track.Name, artists, track.Album?.Name, track.Album?.ReleaseDate, track.Popularity,
            PickImage(track.Album?.Images), track.DurationMs, track.Explicit)
        {
            Isrc = string.IsNullOrWhiteSpace(track.ExternalIds?.Isrc) ? null : track.ExternalIds.Isrc.Trim(),
        };
    }

    public static IReadOnlyList<SpotifyTrack> ToTracks(IEnumerable<TrackObject?>? tracks) =>
        (tracks ?? []).Select(ToTrack).OfType<SpotifyTrack>().ToList();

    // Albums come in 640, 300 and 64 px; 300 suits a search list and a result card alike.
    private static string? PickImage(IReadOnlyList<Image?>? images) =>
        (images ?? []).OfType<Image>().Where(i => !string.IsNullOrEmpty(i.Url))
            .OrderBy(i => Math.Abs((i.Width ?? 300) - 300)).FirstOrDefault()?.Url;
}
