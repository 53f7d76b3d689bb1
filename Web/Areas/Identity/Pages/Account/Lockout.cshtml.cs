using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded from the Identity UI to say when to try again and to offer a way back (the
/// package's page says only "try again later"). Sign-in sends people here as the lockout starts,
/// so the whole lockout time is still ahead of them.
/// </summary>
[AllowAnonymous]
public sealed class LockoutModel(IOptions<IdentityOptions> identity, TimeProvider time) : PageModel
{
    public TimeSpan Duration => identity.Value.Lockout.DefaultLockoutTimeSpan;

    public int MaxFailedAttempts => identity.Value.Lockout.MaxFailedAccessAttempts;

    public DateTimeOffset TryAgainAt { get; private set; }

    public void OnGet() => TryAgainAt = time.GetUtcNow() + Duration;

    public string DurationText => Duration.TotalMinutes >= 1
        ? $"{Math.Ceiling(Duration.TotalMinutes):0} minute{(Math.Ceiling(Duration.TotalMinutes) == 1 ? "" : "s")}"
        : $"{Math.Ceiling(Duration.TotalSeconds):0} seconds";
}
