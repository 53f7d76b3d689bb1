using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;

namespace MusicRecommender.Web.Api;

/// <summary><c>GET /api/tracks/search?q=TEXT&amp;limit=N</c> → [{id, spotifyId, title, artists, catalogs}].</summary>
internal static class TracksApi
{
    public static RouteGroupBuilder MapTracksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tracks/search", SearchAsync).WithName("SearchTracks");
        return api;
    }

    private static async Task<IResult> SearchAsync(HttpContext http, TrackSearch search, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http.Request.Query);
        var q = reader.Text("q", TrackSearch.MaxQueryLength);
        if (q is null && !reader.Has("q")) reader.Add("q", "'q' is required: the song title and/or artist.");
        var limit = reader.Integer("limit", 1, 50) ?? 10;
        if (!reader.IsValid || q is null) return Results.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");

        var matches = await search.SearchAsync(q, limit, cancellationToken);
        return Results.Ok(matches.Select(m => new
        {
            id = m.Id,
            spotifyId = m.SpotifyId,
            title = m.Title,
            artists = m.Artists,
            album = m.Album,
            catalogs = m.Catalogs.Names(),
        }));
    }
}
