using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Ratings;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Pages.Ratings;

/// <summary>
/// Every list's rating form posts here (Razor Pages checks its antiforgery token). A plain
/// post redirects back to the same list with a status line; js/rating.js asks for JSON instead.
/// </summary>
public sealed class RateModel(RatingService ratings, StorageHealth storage) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var wantsJson = Request.GetTypedHeaders().Accept.Any(a => a.MediaType == "application/json");
        RatingOutcome outcome;
        if (!ModelState.IsValid)
            outcome = new RatingOutcome(RatingProblem.NotInImpression);
        else if (RaterCookie.Resolve(HttpContext, issue: false) is not { } rater)
            outcome = new RatingOutcome(RatingProblem.UnknownImpression);
        else
            outcome = await ratings.RateAsync(rater, Input.ImpressionId!.Value, Input.TrackId!.Value, Input.Stars!.Value, cancellationToken);

        if (outcome.Problem == RatingProblem.StorageUnavailable)
        {
            // Script callers get problem+json; a plain form post gets the site's 503 page (both with Retry-After).
            return wantsJson
                ? RetryLater.ProblemResult(HttpContext, storage.RetryAfter, RetryLater.PausedTitle, RetryLater.PausedDetail)
                : RetryLater.Page(HttpContext, storage.RetryAfter);
        }
        if (wantsJson)
        {
            return outcome.Saved
                ? new JsonResult(new { saved = true, rank = outcome.Rank, stars = outcome.Stars })
                : Refused(outcome.Problem switch
                {
                    RatingProblem.UnknownImpression => StatusCodes.Status404NotFound,
                    RatingProblem.UnconfirmedEmail => StatusCodes.Status403Forbidden,
                    _ => StatusCodes.Status400BadRequest,
                });
        }
        var back = BackTo(outcome);
        var stars = $"{outcome.Stars} star{(outcome.Stars == 1 ? "" : "s")}";
        TempData["Status"] = outcome.Problem == RatingProblem.UnconfirmedEmail
            ? "Confirm your address first: open the link in the confirmation mail (Profile → send it again), then rate."
            : !outcome.Saved
            ? "That rating could not be saved: the list is no longer yours to rate. Search again to rate new picks."
            : back.Contains("#rate-", StringComparison.Ordinal) ? $"Thanks — saved {stars} for pick {outcome.Rank}." : $"Thanks — your rating is now {stars}.";
        return LocalRedirect(back);
    }

    /// <summary>Pages whose lists can be shown again by impression (<c>impression=…</c>).</summary>
    private static readonly string[] ListPages = ["/results", "/explore", "/playlist"];

    /// <summary>The same list again (by its impression), scrolled to the rated pick; other local pages (My ratings) as they were.</summary>
    private string BackTo(RatingOutcome outcome)
    {
        var returnUrl = Input.ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith('/') ? url : "/";
        var path = returnUrl.Split('?', '#')[0];
        if (!ListPages.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase))) return outcome.Saved ? returnUrl : "/";
        if (!outcome.Saved) return returnUrl;
        var question = returnUrl.IndexOf('?', StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(question < 0 ? "" : returnUrl[question..]);
        query["impression"] = Input.ImpressionId!.Value.ToString();
        var builder = new QueryBuilder(query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))));
        return $"{(question < 0 ? returnUrl : returnUrl[..question])}{builder.ToQueryString()}#rate-{outcome.Rank}";
    }

    private static ObjectResult Refused(int status) => new(new ProblemDetails
    {
        Status = status,
        Title = status == StatusCodes.Status404NotFound ? "Impression not found." : "The rating is not valid.",
        Detail = "Rate 1 to 5 stars for a pick of a list you were shown.",
    })
    { StatusCode = status, ContentTypes = { "application/problem+json" } };

    public sealed class InputModel
    {
        [Required]
        public Guid? ImpressionId { get; set; }

        [Required, Range(1, int.MaxValue)]
        public int? TrackId { get; set; }

        [Required, Range(1, 5)]
        public int? Stars { get; set; }

        [StringLength(2000)]
        public string? ReturnUrl { get; set; }
    }
}
