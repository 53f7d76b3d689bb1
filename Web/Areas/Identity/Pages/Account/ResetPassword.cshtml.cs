using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded so that a damaged link gets a clear message instead of an exception, and because following the mailed
/// link proves the address: a reset also confirms it.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkBroken { get; private set; }

    public void OnGet(string? code = null)
    {
        Input.Code = code ?? "";
        LinkBroken = MailToken.Decode(code) is null;
        if (LinkBroken) Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var token = MailToken.Decode(Input.Code);
        var user = await users.FindByEmailAsync(Input.Email);
        // An unknown address ends like a known one, so the form cannot be used to test addresses.
        if (user is null) return RedirectToPage("./ResetPasswordConfirmation");
        var result = token is null ? IdentityResult.Failed(new IdentityError { Description = "The reset link is incomplete or has expired. Ask for a new one." })
            : await users.ResetPasswordAsync(user, token, Input.Password);
        if (result.Succeeded)
        {
            if (!user.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }
            return RedirectToPage("./ResetPasswordConfirmation");
        }
        foreach (var error in result.Errors)
            ModelState.AddModelError(string.Empty, error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "The reset link is incomplete or has expired. Ask for a new one." : error.Description);
        return Page();
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(200, MinimumLength = 8, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";

        [Required]
        public string Code { get; set; } = "";
    }
}
