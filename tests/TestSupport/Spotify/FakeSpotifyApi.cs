using System.Globalization;
using Microsoft.AspNetCore.Http;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.TestSupport.Spotify;

/// <summary>The routes of the fake Spotify Web API and ReccoBeats, answering from the server's songs.</summary>
internal static class FakeSpotifyApi
{
    private const int PlaylistPageSize = 50;

    public static (int Status, string Body) Answer(FakeSpotifyServer server, HttpContext context, string path, bool empty)
    {
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer fake-token-", StringComparison.Ordinal))
            return (401, Error(401, "No token provided"));
        var query = context.Request.Query;
        if (path == "/v1/search") return Search(server, query["q"].ToString(), query["limit"].ToString(), empty);
        if (path.StartsWith("/v1/tracks/", StringComparison.Ordinal))
        {
            return server.Song(path["/v1/tracks/".Length..]) is { } song
                ? (200, TrackBody(song))
                : (404, Error(404, "Resource not found"));
        }
        if (path == "/v1/audio-features")
        {
            if (server.AudioFeaturesForbidden) return (403, Error(403, "Forbidden"));
            var ids = query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
            return (200, AudioFeatures(ids.Select(id => (id, empty ? null : server.Song(id) is { OnSpotifyFeatures: true } s ? s.Features : null)).ToArray()));
        }
        if (path.StartsWith("/v1/playlists/", StringComparison.Ordinal) && path.EndsWith("/tracks", StringComparison.Ordinal))
            return PlaylistPage(server, path["/v1/playlists/".Length..^"/tracks".Length], query["offset"].ToString());
        return (404, Error(404, "Service not found"));
    }

    public static (int Status, string Body) AnswerReccoBeats(FakeSpotifyServer server, HttpContext context, string path, bool empty)
    {
        if (path != "/v1/audio-features") return FakeReccoBeatsApi.Answer(server, context.Request.Query, path, empty);
        var ids = context.Request.Query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > 40) return (400, """{"error":"Too many ids (at most 40)"}""");
        var known = empty ? [] : ids.Select(server.Song).OfType<FakeSong>().Where(s => s.OnReccoBeats).ToArray();
        return (200, ReccoBeats(known.Select(s => (s.Id, s.Features)).ToArray()));
    }

    public static async Task FailAsync(HttpContext context, FakeMode mode, int retryAfterSeconds, CancellationToken stopping)
    {
        switch (mode)
        {
            case FakeMode.Hang:
                using (var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The caller gave up, as it should.
                    }
                }
                break;
            case FakeMode.Disconnect:
                context.Abort();
                break;
            case FakeMode.RateLimited:
                context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WriteAsync(context, 429, Error(429, "API rate limit exceeded"));
                break;
            case FakeMode.QuotaExceeded:
                context.Response.Headers.RetryAfter = "86400";
                await WriteAsync(context, 429, Error(429, "Quota exceeded", "QUOTA_EXCEEDED"));
                break;
            case FakeMode.Malformed:
                await WriteAsync(context, 200, """{"tracks":{"items":[{"id":"abc","name":""");
                break;
            case FakeMode.Forbidden:
                await WriteAsync(context, 403, Error(403, "Forbidden"));
                break;
            default:
                await WriteAsync(context, 500, Error(500, "Server error"));
                break;
        }
    }

    public static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body);
    }

    private static (int, string) Search(FakeSpotifyServer server, string q, string limitText, bool empty)
    {
        // Since 2026 the search takes at most 10 items per call; more is a 400.
        var limit = int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 20;
        if (limit is < 1 or > 10) return (400, Error(400, "Invalid limit"));
        var words = q.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hits = empty ? [] : server.Songs
            .Where(s => words.All(w => $"{s.Title} {string.Join(' ', s.Artists)}".Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Take(limit)
            .Select(TrackBody)
            .ToArray();
        return (200, SpotifyBodies.Search(hits));
    }

    private static (int, string) PlaylistPage(FakeSpotifyServer server, string playlistId, string offsetText)
    {
        if (server.Playlist(playlistId) is not { } ids) return (404, Error(404, "Resource not found"));
        var offset = int.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = ids.Skip(offset).Take(PlaylistPageSize).Select(id => server.Song(id) is { } s ? TrackBody(s) : null).ToArray();
        var next = offset + PlaylistPageSize < ids.Length
            ? new Uri(server.BaseAddress, $"{FakeSpotifyServer.ApiPath.TrimStart('/')}/v1/playlists/{playlistId}/tracks?offset={offset + PlaylistPageSize}&limit={PlaylistPageSize}").ToString()
            : null;
        return (200, SpotifyBodies.PlaylistPage(next, page));
    }

    private static string TrackBody(FakeSong song) => Track(song.Id, song.Title, song.Artists, album: $"{song.Title} (Single)", releaseDate: "2025-05-01", popularity: song.Popularity, isrc: song.Isrc);
}
