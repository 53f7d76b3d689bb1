using System.Globalization;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.TestSupport.Spotify;

/// <summary>Response bodies shaped after the Spotify Web API reference and ReccoBeats' documentation.</summary>
public static class SpotifyBodies
{
    public const string BillieJean = "5ChkMS8OtdzJeqyybCc9R5";
    public const string BlindingLights = "0VjIjW4GlUZAMYd2vXMi3b";
    public const string ShapeOfYou = "7qiZfU4dY1lWllzX7mPBI3";

    public static readonly AudioFeatures Sample = new(0.92, 0.654, -3.051, 0.0401, 0.0236, 0.0000158, 0.0359, 0.847, 117.046);

    public static string Token(string accessToken, int expiresIn = 3600) =>
        "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + Invariant($"{expiresIn}") + "}";

    public static string Error(int status, string message, string? reason = null) =>
        "{\"error\":{\"status\":" + Invariant($"{status}") + ",\"message\":\"" + message + "\""
        + (reason is null ? "" : ",\"reason\":\"" + reason + "\"") + "}}";

    public static string Track(string id, string name, string[] artists, string album = "Thriller", string releaseDate = "1982-11-30", int popularity = 86, string? isrc = "USSM19902991") =>
        Invariant($$"""
        {"album":{"album_type":"album","artists":[{{Artists(artists)}}],"external_urls":{"spotify":"https://open.spotify.com/album/1C2h7mLntPSeVYciMRTF4a"},
          "href":"https://api.spotify.com/v1/albums/1C2h7mLntPSeVYciMRTF4a","id":"1C2h7mLntPSeVYciMRTF4a",
          "images":[{"url":"https://i.scdn.co/image/ab67616d0000b273{{id}}","height":640,"width":640},
                    {"url":"https://i.scdn.co/image/ab67616d00001e02{{id}}","height":300,"width":300},
                    {"url":"https://i.scdn.co/image/ab67616d00004851{{id}}","height":64,"width":64}],
          "name":"{{album}}","release_date":"{{releaseDate}}","release_date_precision":"day","total_tracks":9,"type":"album","uri":"spotify:album:1C2h7mLntPSeVYciMRTF4a"},
         "artists":[{{Artists(artists)}}],"available_markets":["DE","US"],"disc_number":1,"duration_ms":294000,"explicit":false,
         "external_ids":{{(isrc is null ? "{}" : "{\"isrc\":\"" + isrc + "\"}")}},"external_urls":{"spotify":"https://open.spotify.com/track/{{id}}"},
         "href":"https://api.spotify.com/v1/tracks/{{id}}","id":"{{id}}","is_local":false,"name":"{{name}}",
         "popularity":{{popularity}},"preview_url":null,"track_number":4,"type":"track","uri":"spotify:track:{{id}}"}
        """);

    public static string Search(params string[] tracks) =>
        "{\"tracks\":{\"href\":\"https://api.spotify.com/v1/search?offset=0&limit=10&query=x&type=track\",\"items\":["
        + string.Join(",", tracks) + "],\"limit\":10,\"next\":null,\"offset\":0,\"previous\":null,\"total\":"
        + Invariant($"{tracks.Length}") + "}}";

    /// <summary>Unknown ids come back as null entries.</summary>
    public static string AudioFeatures(params (string Id, AudioFeatures? Features)[] items) =>
        "{\"audio_features\":[" + string.Join(",", items.Select(i => i.Features is null ? "null" : SpotifyFeature(i.Id, i.Features))) + "]}";

    public static string PlaylistPage(string? next, params string?[] tracks) =>
        Invariant($$"""
        {"href":"https://api.spotify.test/v1/playlists/x/tracks","items":[{{string.Join(",", tracks.Select(PlaylistItem))}}],
         "limit":50,"next":{{(next is null ? "null" : $"\"{next}\"")}},"offset":0,"previous":null,"total":120}
        """);

    public static string Episode(string id) =>
        $$"""{"id":"{{id}}","name":"A podcast episode","type":"episode","duration_ms":1800000}""";

    public static string LocalFile() =>
        """{"id":null,"name":"my-demo.mp3","type":"track","is_local":true,"artists":[{"name":"Me"}],"album":{"name":"","images":[]}}""";

    public static string ReccoBeats(params (string SpotifyId, AudioFeatures Features)[] items) =>
        "{\"content\":[" + string.Join(",", items.Select(i => ReccoBeatsItem(i.SpotifyId, i.Features))) + "]}";

    private static string SpotifyFeature(string id, AudioFeatures f) =>
        Invariant($$"""
        {"danceability":{{f.Danceability}},"energy":{{f.Energy}},"key":11,"loudness":{{f.Loudness}},"mode":0,
         "speechiness":{{f.Speechiness}},"acousticness":{{f.Acousticness}},"instrumentalness":{{f.Instrumentalness}},
         "liveness":{{f.Liveness}},"valence":{{f.Valence}},"tempo":{{f.Tempo}},"type":"audio_features","id":"{{id}}",
         "uri":"spotify:track:{{id}}","track_href":"https://api.spotify.com/v1/tracks/{{id}}",
         "analysis_url":"https://api.spotify.com/v1/audio-analysis/{{id}}","duration_ms":293827,"time_signature":4}
        """);

    private static string ReccoBeatsItem(string spotifyId, AudioFeatures f) =>
        Invariant($$"""
        {"id":"{{Guid.NewGuid()}}","href":"https://open.spotify.com/track/{{spotifyId}}","acousticness":{{f.Acousticness}},
         "danceability":{{f.Danceability}},"energy":{{f.Energy}},"instrumentalness":{{f.Instrumentalness}},"key":11,
         "liveness":{{f.Liveness}},"loudness":{{f.Loudness}},"mode":0,"speechiness":{{f.Speechiness}},"tempo":{{f.Tempo}},"valence":{{f.Valence}}}
        """);

    private static string PlaylistItem(string? track) =>
        $$"""{"added_at":"2024-05-01T12:00:00Z","added_by":{"id":"someone"},"is_local":false,"track":{{track ?? "null"}}}""";

    private static string Artists(string[] names) => string.Join(",", names.Select((n, i) =>
        $$"""{"external_urls":{"spotify":"https://open.spotify.com/artist/3fMbdgg4jU18AjLCKBhRS{{i}}"},"id":"3fMbdgg4jU18AjLCKBhRS{{i}}","name":"{{n}}","type":"artist"}"""));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
