using System.Security.Claims;

namespace MusicRecommender.Web.Ratings;

public static class RaterCookie
{
    public const string Name = "__Host-mr-rater";

    /// <summary>Chromium caps cookie lifetimes at 400 days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    private static readonly object ItemKey = new();

    /// <summary>
    /// The current rater; with <paramref name="issue"/>, a visitor without a valid signed cookie gets a new
    /// id (a missing, malformed or forged cookie is replaced, never trusted: <see cref="RaterIds"/>).
    /// </summary>
    public static Rater? Resolve(HttpContext http, bool issue)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(ItemKey, out var cached) && cached is Rater known) return known;
        var ids = http.RequestServices.GetRequiredService<RaterIds>();
        var userId = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var anonymousId = http.Request.Cookies.TryGetValue(Name, out var value) ? ids.Unprotect(value) : null;
        var isNew = false;
        if (anonymousId is null && issue)
        {
            anonymousId = RaterIds.NewId();
            isNew = userId is null;
            http.Response.Cookies.Append(Name, ids.Protect(anonymousId), new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = Lifetime,
                IsEssential = true,
            });
        }
        var id = userId ?? anonymousId;
        if (id is null) return null;
        var rater = new Rater(id, userId, anonymousId) { IsNew = isNew };
        http.Items[ItemKey] = rater;
        return rater;
    }
}
