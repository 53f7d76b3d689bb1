using System.Security.Claims;
using System.Security.Cryptography;

namespace MusicRecommender.Web.Ratings;

public static class RaterCookie
{
    public const string Name = "__Host-mr-rater";

    /// <summary>Chromium caps cookie lifetimes at 400 days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    private const int IdLength = 32;
    private static readonly object ItemKey = new();

    /// <summary>The current rater; with <paramref name="issue"/>, a visitor without a cookie gets one.</summary>
    public static Rater? Resolve(HttpContext http, bool issue)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(ItemKey, out var cached) && cached is Rater known) return known;
        var userId = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var anonymousId = http.Request.Cookies.TryGetValue(Name, out var value) && IsWellFormed(value) ? value : null;
        if (anonymousId is null && issue)
        {
            anonymousId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
            http.Response.Cookies.Append(Name, anonymousId, new CookieOptions
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
        var rater = new Rater(id, userId, anonymousId);
        http.Items[ItemKey] = rater;
        return rater;
    }

    private static bool IsWellFormed(string? value) =>
        value is { Length: IdLength } && value.All(char.IsAsciiHexDigitLower);
}
