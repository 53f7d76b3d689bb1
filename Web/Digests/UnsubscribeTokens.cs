using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MusicRecommender.Web.Digests;

/// <summary>
/// The signed token in a digest's unsubscribe link: the user id, protected with the site's data-protection keys
/// for this purpose only, so a link cannot be forged or turned into anything else, and needs no sign-in.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    public const string Path = "/Digest/Unsubscribe";

    private readonly IDataProtector _protector = protection.CreateProtector("MusicRecommender.Digest.Unsubscribe.v1");

    public string For(string userId) => _protector.Protect(userId);

    public string? UserId(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2048) return null;
        try
        {
            return _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public string PathFor(string userId) => $"{Path}?token={Uri.EscapeDataString(For(userId))}";
}
