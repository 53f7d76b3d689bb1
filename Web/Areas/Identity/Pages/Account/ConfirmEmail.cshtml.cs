using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded so that a damaged or foreign link gets a plain answer (the stock page throws on a code that is not
/// Base64Url, and answers 404 for an unknown user id, 200 for a known one).
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId = null, string? code = null)
    {
        var token = MailToken.Decode(code);
        var user = userId is null || token is null ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
