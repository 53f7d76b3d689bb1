using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MusicRecommender.TestSupport.Spotify;

/// <summary>
/// ReccoBeats' artist and track routes, as its documentation shapes them, answering from the fake's songs:
/// <c>GET /v1/artist/search?searchText=&amp;size=&amp;page=</c> (names containing the text),
/// <c>GET /v1/artist?ids=</c> (ReccoBeats or Spotify artist ids), <c>GET /v1/artist/{id}/track?size=&amp;page=</c>
/// and <c>GET /v1/track?ids=</c> (Spotify track ids). Pages hold at most 50 items, id lists at most 40.
/// Every artist named in a song's credits is an artist here, with ids derived from the name.
/// </summary>
public static class FakeReccoBeatsApi
{
    internal static (int Status, string Body) Answer(FakeSpotifyServer server, IQueryCollection query, string path, bool empty)
    {
        var songs = empty ? [] : server.Songs.Where(s => s.OnReccoBeats).ToList();
        var artists = songs.SelectMany(s => s.Artists).Distinct(StringComparer.Ordinal).ToList();
        if (path == "/v1/artist/search")
        {
            var text = query["searchText"].ToString().Trim();
            if (text.Length == 0) return (400, """{"error":"searchText must not be blank"}""");
            return Page(artists.Where(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(Artist).ToList(), query);
        }
        if (path == "/v1/artist") return ByIds(query, ids => artists.Where(a => ids.Contains(ArtistId(a)) || ids.Contains(SpotifyArtistId(a))).Select(Artist));
        if (path == "/v1/track") return ByIds(query, ids => songs.Where(s => ids.Contains(s.Id)).Select(Track));
        if (path.StartsWith("/v1/artist/", StringComparison.Ordinal) && path.EndsWith("/track", StringComparison.Ordinal))
        {
            var id = path["/v1/artist/".Length..^"/track".Length];
            var name = artists.FirstOrDefault(a => ArtistId(a) == id || SpotifyArtistId(a) == id);
            if (name is null) return (404, """{"error":"Artist not found"}""");
            return Page(songs.Where(s => s.Artists.Contains(name)).Select(Track).ToList(), query);
        }
        return (404, """{"error":"Not Found"}""");
    }

    /// <summary>ReccoBeats' own id for an artist: a GUID derived from the name.</summary>
    public static string ArtistId(string name) => new Guid(Hash(name)).ToString();

    /// <summary>The artist's Spotify id in the fake: "FakeArtist" and 12 digits derived from the name.</summary>
    public static string SpotifyArtistId(string name) =>
        "FakeArtist" + (BitConverter.ToUInt64(Hash(name)) % 1_000_000_000_000).ToString("D12", CultureInfo.InvariantCulture);

    private static (int, string) Page(List<string> items, IQueryCollection query)
    {
        var size = int.TryParse(query["size"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 25;
        var page = int.TryParse(query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
        if (size is < 1 or > 50) return (400, """{"error":"size must be less than or equal to 50"}""");
        var content = items.Skip(page * size).Take(size);
        var pages = (items.Count + size - 1) / size;
        return (200, Invariant($$"""{"content":[{{string.Join(",", content)}}],"page":{{page}},"size":{{size}},"totalElements":{{items.Count}},"totalPages":{{pages}}}"""));
    }

    private static (int, string) ByIds(IQueryCollection query, Func<HashSet<string>, IEnumerable<string>> find)
    {
        var ids = query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (ids.Count is 0 or > 40) return (400, """{"error":"size must be between 1 and 40"}""");
        return (200, $$"""{"content":[{{string.Join(",", find(ids))}}]}""");
    }

    private static string Artist(string name) =>
        $$"""{"id":"{{ArtistId(name)}}","name":{{JsonSerializer.Serialize(name)}},"href":"https://open.spotify.com/artist/{{SpotifyArtistId(name)}}"}""";

    private static string Track(FakeSong song) => Invariant($$"""
        {"id":"{{new Guid(Hash(song.Id))}}","trackTitle":{{JsonSerializer.Serialize(song.Title)}},
         "artists":[{{string.Join(",", song.Artists.Select(Artist))}}],"durationMs":{{song.DurationMs}},"isrc":{{(song.Isrc is null ? "null" : JsonSerializer.Serialize(song.Isrc))}},"ean":null,"upc":null,
         "href":"https://open.spotify.com/track/{{song.Id}}","availableCountries":"US,DE","popularity":{{song.Popularity}}}
        """);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
