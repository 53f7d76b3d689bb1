using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>GET /api/tracks/search</c>: local matches, one row per title and artists, artists by display name, with album and
/// year; <c>GET /api/tracks/suggest</c>: what the search box shows, local first, then Spotify's.
/// </summary>
internal static class TracksApi
{
    private const int MinLiveQueryLength = 3;

    private static readonly QueryParameter Q = QueryParameter.Text("q", TrackSearch.MaxQueryLength,
        $"The song title and/or artist, 1–{TrackSearch.MaxQueryLength} characters; every word must appear (case- and accent-insensitive).", required: true);

    private static readonly QueryParameter SearchLimit = QueryParameter.Integer("limit", 1, 50, "How many tracks at most.", defaultValue: 10);

    private static readonly QueryParameter SuggestLimit = QueryParameter.Integer("limit", 1, 20, "How many suggestions at most.", defaultValue: 8);

    public static RouteGroupBuilder MapTracksApi(this RouteGroupBuilder api)
    {
        var tracks = api.MapGroup("/tracks").WithTags("Tracks");
        tracks.MapGet("/search", SearchAsync).WithName("SearchTracks").WithQuery(Q, SearchLimit)
            .WithSummary("Search the local catalog")
            .WithDescription("Title and/or artist, answered from the site's in-memory trigram index of the catalog (the same on SQLite and PostgreSQL), best match first.");
        tracks.MapGet("/suggest", SuggestAsync).WithName("SuggestTracks").WithQuery(Q, SuggestLimit)
            .WithSummary("Suggestions for the search box")
            .WithDescription("The local matches first (source `local`), then Spotify's when the live lookup is on (source `spotify`: "
                + "`id` null, `catalogs` empty), one per Spotify id. A pasted Spotify track link gives `[]`: the search box submits it directly.");
        return api;
    }

    private static async Task<Results<Ok<List<TrackResult>>, ValidationProblem>> SearchAsync(HttpContext http, TrackSearch search, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http);
        var q = Read(reader, SearchLimit, out var limit);
        if (q is null) return Invalid(reader);

        var matches = await search.SearchAsync(q, limit, cancellationToken);
        return TypedResults.Ok(matches.Select(m => new TrackResult(m.Id, m.SpotifyId, m.Title, m.DisplayArtists, m.Album, m.Year, [.. m.Catalogs.Names()])).ToList());
    }

    private static async Task<Results<Ok<List<TrackSuggestion>>, ValidationProblem>> SuggestAsync(
        HttpContext http, TrackSearch search, SongLookupService lookup, IOptions<LiveLookupOptions> options, ILogger<TrackSuggestion> logger,
        CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http);
        var q = Read(reader, SuggestLimit, out var limit);
        if (q is null) return Invalid(reader);
        // The search box submits a pasted link at once; there is nothing to suggest for it.
        if (SpotifyLink.TryParseTrackLink(q, out _)) return TypedResults.Ok(new List<TrackSuggestion>());

        var local = await search.SearchAsync(q, limit, cancellationToken);
        var suggestions = local.Select(m => new TrackSuggestion(m.Id, m.SpotifyId, m.Title, m.DisplayArtists, m.Album, m.Catalogs.Names().ToArray(), "local") { Year = m.Year }).ToList();
        if (!lookup.IsLiveLookupEnabled || suggestions.Count >= limit || q.Length < MinLiveQueryLength) return TypedResults.Ok(suggestions);

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
        return TypedResults.Ok(suggestions);
    }

    /// <summary>The text to search for, or null when the query is invalid (the reader holds why).</summary>
    private static string? Read(QueryReader reader, QueryParameter limitParameter, out int limit)
    {
        var q = reader.Text(Q);
        if (q is null && !reader.Has(Q)) reader.Add(Q.Name, "'q' is required: the song title and/or artist.");
        limit = reader.Integer(limitParameter);
        return reader.IsValid ? q : null;
    }

    private static ValidationProblem Invalid(QueryReader reader) =>
        TypedResults.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");
}
