using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MusicRecommender.Web.Ratings;

/// <summary>
/// When someone signs in (or registers, which signs in), the lists this browser was shown while
/// anonymous — and so their ratings — join the account, so "My ratings" shows them on every device.
/// </summary>
public static class SignInMerge
{
    public static void Attach(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var earlier = options.Events.OnSignedIn;
        options.Events.OnSignedIn = async context =>
        {
            await earlier(context);
            var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is null || RaterCookie.Resolve(context.HttpContext, issue: false)?.AnonymousId is not { } anonymousId) return;
            var ratings = context.HttpContext.RequestServices.GetRequiredService<RaterRatings>();
            await ratings.MergeAsync(userId, anonymousId, context.HttpContext.RequestAborted);
        };
    }
}
