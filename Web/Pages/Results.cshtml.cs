using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Web.Recommendations;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Pages;

public sealed class ResultsModel(ShownRecommendations recommendations, SongResolver resolver) : PageModel
{
    private const int CandidateCount = 8;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trackId")]
    public int? TrackId { get; set; }

    /// <summary>A Spotify track id (or link), as the search box sends for a song only Spotify knows.</summary>
    [BindProperty(SupportsGet = true, Name = "spotifyId")]
    public string? SpotifyId { get; set; }

    /// <summary>An artist by name, as the "switch catalog" link of an artist's list sends.</summary>
    [BindProperty(SupportsGet = true, Name = "artist")]
    public string? Artist { get; set; }

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

    /// <summary>Songs the text matched: to choose from when ambiguous, or as "not the song you meant?".</summary>
    public IReadOnlyList<SongChoice> Candidates => Outcome?.Alternatives ?? [];

    /// <summary>Local songs to start from instead, when the song asked for could not be used.</summary>
    public IReadOnlyList<TrackMatch> Alternatives { get; private set; } = [];

    public bool MustChoose => Outcome?.Failure == RecommendationFailure.MustChoose;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TrackId is null && string.IsNullOrWhiteSpace(SpotifyId) && string.IsNullOrWhiteSpace(Query) && string.IsNullOrWhiteSpace(Artist))
            return RedirectToPage("/Index");
        if (CatalogNames.TryParseTarget(CatalogName, out var parsed)) Catalog = parsed;
        else if (CatalogName is not null) Message = $"Unknown catalog \"{CatalogName}\"; showing anime.";
        var options = new RecommendationOptions(Catalog, Top is >= 1 and <= 100 ? Top.Value : 10);

        if (!ModelState.IsValid)
        {
            Message = "That link is not valid. Search for a song instead.";
            return Page();
        }
        if (Query?.Length > TrackSearch.MaxQueryLength || Artist?.Length > TrackSearch.MaxQueryLength)
        {
            Message = $"Please shorten the search to {TrackSearch.MaxQueryLength} characters.";
            return Page();
        }

        var song = SongFromRequest();
        if (song is null) return Page();
        var shown = await recommendations.ShowAsync(HttpContext, song, options, ShownRecommendations.PageSource, ImpressionId, askWhenAmbiguous: true, cancellationToken);
        if (shown.RetryAfter is { } wait) return RetryLater.Page(HttpContext, wait);
        (Outcome, Impression, RatingsNotice) = (shown.Outcome, shown.Impression, shown.Notice);
        if (!MustChoose) Message ??= Outcome.Message;
        if (Outcome.Failure is RecommendationFailure.SongNotFound or RecommendationFailure.FeaturesUnavailable)
            Alternatives = await resolver.SimilarLocalAsync(Outcome.Known?.Title ?? Query ?? Artist, Outcome.Known?.Artists ?? Artist, CandidateCount, cancellationToken);
        if (Outcome.Failure == RecommendationFailure.SongNotFound && song.Text is null && song.Artist is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>An id, a pasted link, an artist or text: the resolver decides what the text means.</summary>
    private SongQuery? SongFromRequest()
    {
        if (TrackId is { } trackId) return new SongQuery(TrackId: trackId);
        if (!string.IsNullOrWhiteSpace(SpotifyId))
        {
            if (SpotifyLink.TryParseTrackId(SpotifyId, out var id)) return new SongQuery(SpotifyId: id);
            Message = "That is not a Spotify track id or link. Search for a song instead.";
            return null;
        }
        if (!string.IsNullOrWhiteSpace(Artist)) return new SongQuery(Artist: Artist.Trim());
        return new SongQuery(Text: Query!.Trim());
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

    public string LinkFor(SongChoice choice, TargetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.TrackId is { } id ? LinkFor(id, catalog) : Url.Page("/Results", new { spotifyId = choice.SpotifyId, catalog = catalog.Name() })!;
    }

    /// <summary>The same seed against another catalog; a song looked up but not stored goes by its Spotify id.</summary>
    public string LinkFor(ResolvedSong song, TargetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(song);
        if (song.Kind == SeedKind.Artist) return Url.Page("/Results", new { artist = song.Artists, catalog = catalog.Name() })!;
        return song.TrackId is { } id ? LinkFor(id, catalog) : Url.Page("/Results", new { spotifyId = song.SpotifyId, catalog = catalog.Name() })!;
    }
}
