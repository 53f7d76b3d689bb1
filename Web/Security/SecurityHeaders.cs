using System.Security.Cryptography;

namespace MusicRecommender.Web.Security;

/// <summary>
/// Headers on every response: a strict CSP (scripts and styles only from this site, no inline script,
/// frames only from Spotify's embed player),
/// no framing, no MIME sniffing, and a referrer policy that keeps search terms in URLs private.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://i.scdn.co; "
        + "connect-src 'self'; font-src 'self'; frame-src https://open.spotify.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string NonceItem = "MusicRecommender.CspNonce";

    /// <summary>
    /// Relaxes the CSP of this one response for a page built by a third-party UI (the API reference,
    /// Scalar): its inline start-up script runs only with the returned nonce, and its styles may be
    /// inline (its components inject style elements and attributes without a nonce). Pages that do
    /// not call this keep the strict policy.
    /// </summary>
    public static string AllowThirdPartyPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        context.Items[NonceItem] = nonce;
        return nonce;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items[NonceItem] is string nonce
                    ? ContentSecurityPolicy
                        .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                        .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
