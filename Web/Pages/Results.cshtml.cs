using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Web.Feedback;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Pages;

public sealed class ResultsModel(TrackSearch search, ShownRecommendations recommendations) : PageModel
{
    private const int CandidateCount = 8;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trackId")]
    public int? TrackId { get; set; }

    [BindProperty(SupportsGet = true, Name = "catalog")]
    public string? CatalogName { get; set; }

    [BindProperty(SupportsGet = true, Name = "top")]
    public int? Top { get; set; }

    /// <summary>Show this impression again (after a rating without JavaScript) instead of a new list.</summary>
    [BindProperty(SupportsGet = true, Name = "impression")]
    public Guid? ImpressionId { get; set; }

    public TargetCatalog Catalog { get; private set; } = TargetCatalog.Anime;

    public ShownImpression? Impression { get; private set; }

    public RecommendationList? List { get; private set; }

    /// <summary>Songs the text matched: to choose from when ambiguous, or as "other matches".</summary>
    public IReadOnlyList<TrackMatch> Candidates { get; private set; } = [];

    public bool MustChoose { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TrackId is null && string.IsNullOrWhiteSpace(Query)) return RedirectToPage("/Index");
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

        SongQuery song;
        if (TrackId is { } trackId)
        {
            song = new SongQuery(TrackId: trackId);
        }
        else
        {
            Candidates = await search.SearchAsync(Query!, CandidateCount, cancellationToken);
            if (Candidates.Count == 0)
            {
                Message = $"No song in our catalog matches \"{Query}\". Check the spelling, try fewer words, or add the artist's name.";
                return Page();
            }
            MustChoose = IsAmbiguous(Candidates);
            if (MustChoose) return Page();
            song = new SongQuery(TrackId: Candidates[0].Id);
            Candidates = Candidates.Skip(1).ToArray();
        }

        var (outcome, impression) = await recommendations.ShowAsync(HttpContext, song, options, ShownRecommendations.PageSource, ImpressionId, cancellationToken);
        (List, Impression) = (outcome.List, impression);
        Message ??= outcome.Message;
        if (outcome.Failure == RecommendationFailure.SongNotFound) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
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

    public string LinkFor(int trackId, TargetCatalog catalog) =>
        Url.Page("/Results", new { trackId, catalog = catalog.Name() })!;
}
