using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Scaffolded to offer the weekly digest (the stock page's phone number had no use here).</summary>
[Authorize]
public sealed class IndexModel(UserManager<AppUser> users) : PageModel
{
    public string Email { get; private set; } = "";

    public bool EmailConfirmed { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        (Email, EmailConfirmed, Input.WeeklyDigest) = (user.Email ?? "", user.EmailConfirmed, user.WeeklyDigest);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        user.WeeklyDigest = Input.WeeklyDigest;
        var saved = await users.UpdateAsync(user);
        TempData["Status"] = !saved.Succeeded ? "Your settings could not be saved; try again."
            : user.WeeklyDigest ? "Saved: you will get new picks once a week." : "Saved: no weekly digest.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public bool WeeklyDigest { get; set; }
    }
}
