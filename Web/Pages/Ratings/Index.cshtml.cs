using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Pages.Ratings;

/// <summary>
/// "My ratings": every song the rater rated (anonymous cookie or account, merged at sign-in), with
/// its stars and date; change the stars in place, or remove a rating (a post with antiforgery).
/// </summary>
public sealed class MyRatingsModel(RaterRatings ratings) : PageModel
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
        var removed = RaterCookie.Resolve(HttpContext, issue: false) is { } rater && await ratings.RemoveAsync(rater, trackId, cancellationToken);
        var song = string.IsNullOrWhiteSpace(title) ? "that song" : title.Length > 200 ? title[..200] : title;
        TempData["Status"] = removed ? $"Removed your rating of {song}." : "There was no rating of yours to remove.";
        return RedirectToPage();
    }
}
