using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Digests;

namespace MusicRecommender.Web.Pages.Digest;

/// <summary>
/// The digest's one-click unsubscribe: opening the link (GET) or a mail client's <c>List-Unsubscribe-Post</c> (POST,
/// RFC 8058) turns the weekly digest off. The signed token is the authority, so no sign-in and no antiforgery token
/// (a mail client has neither); a forged or altered token changes nothing and gets 400.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(UnsubscribeTokens tokens, AppDbContext db) : PageModel
{
    public bool Done { get; private set; }

    public Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken) => UnsubscribeAsync(token, cancellationToken);

    public Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken) => UnsubscribeAsync(token, cancellationToken);

    private async Task<IActionResult> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.UserId(token) is not { } userId)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // An account deleted since the mail was sent is as unsubscribed as can be: same answer.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.WeeklyDigest, false), cancellationToken);
        Done = true;
        return Page();
    }
}
