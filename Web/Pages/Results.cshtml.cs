using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Web.Recommendations;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Pages;

public sealed class ResultsModel(TrackSearch search, ShownRecommendations recommendations, SongResolver resolver, ResolutionCache resolutions) : PageModel
{
    private const int CandidateCount = 8;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trackId")]
    public int? TrackId { get; set; }

    /// <summary>A Spotify track id (or link), as the search box sends for a song only Spotify knows.</summary>
    [BindProperty(SupportsGet = true, Name = "spotifyId")]
    public string? SpotifyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "catalog")]
    public string? CatalogName { get; set; }

    [BindProperty(SupportsGet = true, Name = "top")]
    public int? Top { get; set; }

    /// <summary>Show this impression again (after a rating without JavaScript) instead of a new list.</summary>
    [BindProperty(SupportsGet = true, Name = "impression")]
    public Guid? ImpressionId { get; set; }

    public TargetCatalog Catalog { get; private set; } = TargetCatalog.Anime;

    public RecommendationOutcome? Outcome { get; private set; }

    public ShownImpression? Impression { get; private set; }

    /// <summary>Why the list cannot be rated just now (the database cannot be written).</summary>
    public string? RatingsNotice { get; private set; }

    public RecommendationList? List => Outcome?.List;

    /// <summary>Songs the text matched: to choose from when ambiguous, or as "other matches".</summary>
    public IReadOnlyList<TrackMatch> Candidates { get; private set; } = [];

    /// <summary>Local songs to start from instead, when the song asked for could not be used.</summary>
    public IReadOnlyList<TrackMatch> Alternatives { get; private set; } = [];

    public bool MustChoose { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TrackId is null && string.IsNullOrWhiteSpace(SpotifyId) && string.IsNullOrWhiteSpace(Query)) return RedirectToPage("/Index");
        if (CatalogNames.TryParseTarget(CatalogName, out var parsed)) Catalog = parsed;
        else if (CatalogName is not null) Message = $"Unknown catalog \"{CatalogName}\"; showing anime.";
        var options = new RecommendationOptions(Catalog, Top is >= 1 and <= 100 ? Top.Value : 10);

        if (!ModelState.IsValid)
        {
            Message = "That link is not valid. Search for a song instead.";
            return Page();
        }
        if (Query?.Length > TrackSearch.MaxQueryLength)
        {
            Message = $"Please shorten the search to {TrackSearch.MaxQueryLength} characters.";
            return Page();
        }

        var song = await ChooseSongAsync(cancellationToken);
        if (song is null) return Page();
        var shown = await recommendations.ShowAsync(HttpContext, song, options, ShownRecommendations.PageSource, ImpressionId, cancellationToken);
        if (shown.RetryAfter is { } wait) return RetryLater.Page(HttpContext, wait);
        (Outcome, Impression, RatingsNotice) = (shown.Outcome, shown.Impression, shown.Notice);
        Message ??= Outcome.Message;
        if (Outcome.Failure is RecommendationFailure.SongNotFound or RecommendationFailure.FeaturesUnavailable)
            Alternatives = await resolver.SimilarLocalAsync(Outcome.Known?.Title ?? Query, Outcome.Known?.Artists, CandidateCount, cancellationToken);
        if (Outcome.Failure == RecommendationFailure.SongNotFound && song.Text is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>
    /// An id or a pasted link goes straight to the lookup. Text goes to the local catalog first;
    /// when it matches nothing, the live lookup gets its turn. Null when the listener must choose.
    /// </summary>
    private async Task<SongQuery?> ChooseSongAsync(CancellationToken cancellationToken)
    {
        if (TrackId is { } trackId) return new SongQuery(TrackId: trackId);
        if (!string.IsNullOrWhiteSpace(SpotifyId))
        {
            if (SpotifyLink.TryParseTrackId(SpotifyId, out var id)) return new SongQuery(SpotifyId: id);
            Message = "That is not a Spotify track id or link. Search for a song instead.";
            return null;
        }
        if (SpotifyLink.TryParseTrackLink(Query, out var linked)) return new SongQuery(SpotifyId: linked);

        var text = Query!;
        Candidates = await resolutions.GetOrAddAsync(
            $"search:{CandidateCount}:{text.Trim().ToUpperInvariant()}", ct => search.SearchAsync(text, CandidateCount, ct), _ => true, cancellationToken);
        if (Candidates.Count == 0) return new SongQuery(Text: Query);
        MustChoose = IsAmbiguous(Candidates);
        if (MustChoose) return null;
        var best = Candidates[0];
        Candidates = Candidates.Skip(1).ToArray();
        return new SongQuery(TrackId: best.Id);
    }

    /// <summary>
    /// Ask the listener to choose when the best two matches fit the text equally well and are about
    /// as popular; otherwise go with the best and offer the rest as "other matches".
    /// </summary>
    internal static bool IsAmbiguous(IReadOnlyList<TrackMatch> candidates)
    {
        if (candidates.Count < 2 || candidates[0].Score != candidates[1].Score) return false;
        var first = candidates[0].Popularity ?? 0;
        var second = candidates[1].Popularity ?? 0;
        return second * 3 >= first * 2;
    }

    public static string SourceText(string source) => source switch
    {
        "spotify" => "Features from Spotify",
        "reccobeats" => "Features from ReccoBeats",
        "features" => "Features you set",
        _ => "Features from our catalog",
    };

    public string LinkFor(int trackId, TargetCatalog catalog) =>
        Url.Page("/Results", new { trackId, catalog = catalog.Name() })!;

    /// <summary>The same song against another catalog; a song looked up but not stored goes by its Spotify id.</summary>
    public string LinkFor(ResolvedSong song, TargetCatalog catalog) => song.TrackId is { } id
        ? LinkFor(id, catalog)
        : Url.Page("/Results", new { spotifyId = song.SpotifyId, catalog = catalog.Name() })!;
}
