using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>GET /api/tracks/search?q=TEXT&amp;limit=N</c> → [{id, spotifyId, title, artists, album, year, catalogs}] (local, one row
/// per title and artists, artists by display name);
/// <c>GET /api/tracks/suggest?q=TEXT&amp;limit=N</c> → the same plus <c>source</c>, local first, then Spotify's.
/// </summary>
internal static class TracksApi
{
    private const int MinLiveQueryLength = 3;

    public static RouteGroupBuilder MapTracksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tracks/search", SearchAsync).WithName("SearchTracks");
        api.MapGet("/tracks/suggest", SuggestAsync).WithName("SuggestTracks");
        return api;
    }

    private static async Task<IResult> SearchAsync(HttpContext http, TrackSearch search, CancellationToken cancellationToken)
    {
        var (q, limit, problem) = Read(http, maxLimit: 50, defaultLimit: 10);
        if (problem is not null) return problem;

        var matches = await search.SearchAsync(q, limit, cancellationToken);
        return Results.Ok(matches.Select(m => new
        {
            id = m.Id,
            spotifyId = m.SpotifyId,
            title = m.Title,
            artists = m.DisplayArtists,
            album = m.Album,
            year = m.Year,
            catalogs = m.Catalogs.Names(),
        }));
    }

    private static async Task<IResult> SuggestAsync(
        HttpContext http, TrackSearch search, SongLookupService lookup, IOptions<LiveLookupOptions> options, ILogger<TrackSuggestion> logger,
        CancellationToken cancellationToken)
    {
        var (q, limit, problem) = Read(http, maxLimit: 20, defaultLimit: 8);
        if (problem is not null) return problem;
        // The search box submits a pasted link at once; there is nothing to suggest for it.
        if (SpotifyLink.TryParseTrackLink(q, out _)) return Results.Ok(Array.Empty<TrackSuggestion>());

        var local = await search.SearchAsync(q, limit, cancellationToken);
        var suggestions = local.Select(m => new TrackSuggestion(m.Id, m.SpotifyId, m.Title, m.DisplayArtists, m.Album, m.Catalogs.Names().ToArray(), "local") { Year = m.Year }).ToList();
        if (!lookup.IsLiveLookupEnabled || suggestions.Count >= limit || q.Length < MinLiveQueryLength) return Results.Ok(suggestions);

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.SuggestBudget);
        try
        {
            var live = await lookup.SearchLiveAsync(q, Math.Min(limit, 10), budget.Token);
            var seen = suggestions.Select(s => s.SpotifyId).ToHashSet(StringComparer.Ordinal);
            suggestions.AddRange((live.Value ?? [])
                .Where(s => seen.Add(s.SpotifyId))
                .Select(s => new TrackSuggestion(null, s.SpotifyId, s.Title, s.Artists, s.Album, [], "spotify"))
                .Take(limit - suggestions.Count));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Over budget or unforeseen: the local suggestions are still worth showing.
            if (e is not OperationCanceledException) logger.LogWarning(e, "Live suggestions for {Query} failed", q);
        }
        return Results.Ok(suggestions);
    }

    private static (string Q, int Limit, IResult? Problem) Read(HttpContext http, int maxLimit, int defaultLimit)
    {
        var reader = new QueryReader(http.Request.Query);
        var q = reader.Text("q", TrackSearch.MaxQueryLength);
        if (q is null && !reader.Has("q")) reader.Add("q", "'q' is required: the song title and/or artist.");
        var limit = reader.Integer("limit", 1, maxLimit) ?? defaultLimit;
        return reader.IsValid && q is not null
            ? (q, limit, null)
            : ("", 0, Results.ValidationProblem(reader.Errors, title: "The request has invalid parameters."));
    }
}

/// <summary>One search-box suggestion; <see cref="Id"/> is null for a song only Spotify knows.</summary>
internal sealed record TrackSuggestion(int? Id, string SpotifyId, string Title, string Artists, string? Album, string[] Catalogs, string Source)
{
    public int? Year { get; init; }
}
