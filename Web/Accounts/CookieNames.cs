namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Every cookie the site sets carries the <c>__Host-</c> prefix: browsers then accept it only with
/// Secure, Path=/ and no Domain, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite
/// it. Browsers count http://localhost and http://127.0.0.1 as secure, so local development works.
/// </summary>
public static class CookieNames
{
    public const string Application = "__Host-mr-auth";
    public const string External = "__Host-mr-external";
    public const string TwoFactorUser = "__Host-mr-2fa";
    public const string TwoFactorRemember = "__Host-mr-2fa-remember";
    public const string Antiforgery = "__Host-mr-af";
    public const string TempData = "__Host-mr-tempdata";
}
