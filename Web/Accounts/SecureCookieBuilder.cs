namespace MusicRecommender.Web.Accounts;

/// <summary>
/// A cookie that is always marked Secure, even when the request itself came over plain HTTP. The
/// antiforgery system refuses (throws) with <c>SecurePolicy = Always</c> on a non-HTTPS request,
/// yet http://localhost in development and a TLS-terminating proxy both arrive as HTTP; browsers
/// still store the cookie there (loopback is a secure context), and the <c>__Host-</c> prefix
/// needs Secure.
/// </summary>
internal sealed class SecureCookieBuilder : CookieBuilder
{
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = true;
        return options;
    }
}
