using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Web.Security;

/// <summary>Section "RateLimiting": per-client limits on the public JSON API.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    [Range(1, 1_000_000)]
    public int ApiPermitsPerMinute { get; set; } = 120;
}
