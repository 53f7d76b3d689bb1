using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Security;

/// <summary>Section "RateLimiting": per-client limits (the client is the address behind known proxies), per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Every JSON endpoint under /api together.</summary>
    [Range(1, 1_000_000)]
    public int ApiPermitsPerMinute { get; set; } = 120;

    /// <summary>New recommendation lists (the results and Explore pages, GET /api/recommendations): each may write a list.</summary>
    [Range(1, 1_000_000)]
    public int ListsPerMinute { get; set; } = 60;

    /// <summary>Ratings (the rating form, POST /api/ratings).</summary>
    [Range(1, 1_000_000)]
    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Posts to the account pages (sign-in, register, password reset): each hashes a password.</summary>
    [Range(1, 1_000_000)]
    public int FormPostsPerMinute { get; set; } = 20;
}
