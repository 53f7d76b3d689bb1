using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Accounts;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded from the Identity UI. Failed sign-ins go through <see cref="SignInThrottle"/> (growing waits per client
/// address, 429; lockout per account and address) instead of Identity's per-account lockout, which anyone could trip
/// for the owner; an unknown address costs a password hash like a known one, so neither answer nor timing tells.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signInManager, SignInThrottle throttle, DummyPassword dummy, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    [TempData]
    public string? ErrorMessage { get; set; }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        if (!string.IsNullOrEmpty(ErrorMessage)) ModelState.AddModelError(string.Empty, ErrorMessage);
        ReturnUrl = Local(returnUrl);
        // Start clean: drop a half-finished external sign-in.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        ReturnUrl = Local(returnUrl);
        if (!ModelState.IsValid) return Page();

        var client = HttpContext.Connection.RemoteIpAddress;
        var verdict = await throttle.CheckAsync(client, Input.Email, cancellationToken);
        if (verdict.RetryAfter is { } wait) return TooMany(wait);
        if (verdict.LockedOut)
        {
            await throttle.RecordFailureAsync(client, Input.Email, cancellationToken);
            return RedirectToPage("./Lockout");
        }

        var user = await signInManager.UserManager.FindByEmailAsync(Input.Email);
        SignInResult result;
        if (user is null)
        {
            dummy.Verify(Input.Password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        }
        if (result.Succeeded)
        {
            await throttle.RecordSuccessAsync(client, Input.Email, cancellationToken);
            logger.LogInformation("User signed in");
            return LocalRedirect(ReturnUrl);
        }
        if (result.RequiresTwoFactor) return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        if (result.IsLockedOut) return RedirectToPage("./Lockout");

        if (await throttle.RecordFailureAsync(client, Input.Email, cancellationToken))
        {
            logger.LogWarning("Sign-in locked for an account from {Client} after repeated failures", client);
            return RedirectToPage("./Lockout");
        }
        ModelState.AddModelError(string.Empty, "Wrong email or password.");
        return Page();
    }

    private PageResult TooMany(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        ModelState.AddModelError(string.Empty, $"Too many failed sign-ins from your network. Try again in {Wait(seconds)}.");
        return Page();
    }

    private static string Wait(int seconds) => seconds < 120 ? $"{seconds} second{(seconds == 1 ? "" : "s")}" : $"{(seconds + 59) / 60} minutes";

    private string Local(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    public sealed class InputModel
    {
        [Required, EmailAddress]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
