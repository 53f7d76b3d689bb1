using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Ratings;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Pages.Ratings;

/// <summary>
/// "My ratings": every song the rater rated (anonymous cookie or account, merged at sign-in), with
/// its stars and date; change the stars in place, or remove a rating (a post with antiforgery).
/// </summary>
public sealed class MyRatingsModel(RaterRatings ratings, StorageHealth storage) : PageModel
{
    public const int MaxShown = 500;

    public IReadOnlyList<MyRating> Ratings { get; private set; } = [];

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (RaterCookie.Resolve(HttpContext, issue: false) is { } rater)
            Ratings = await ratings.ListAsync(rater, MaxShown, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int trackId, string? title, CancellationToken cancellationToken)
    {
        if (!storage.IsWritable) return Paused();
        bool removed;
        try
        {
            removed = RaterCookie.Resolve(HttpContext, issue: false) is { } rater && await ratings.RemoveAsync(rater, trackId, cancellationToken);
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            storage.ReportFailure(e);
            return Paused();
        }
        var song = string.IsNullOrWhiteSpace(title) ? "that song" : title.Length > 200 ? title[..200] : title;
        TempData["Status"] = removed ? $"Removed your rating of {song}." : "There was no rating of yours to remove.";
        return RedirectToPage();
    }

    /// <summary>The database cannot be written just now: nothing was removed, and the page says so.</summary>
    private RedirectToPageResult Paused()
    {
        TempData["Status"] = ShownRecommendations.RatingsPaused;
        return RedirectToPage();
    }
}
