using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace MusicRecommender.Web.Ratings;

/// <summary>
/// Anonymous rater ids: 128 random bits, handed out only inside a data-protection payload (authenticated
/// encryption with the site's key ring), so a client can neither pick an id — and with it an A/B arm —
/// nor alter one. Anything that does not unprotect to a well-formed id is no id at all.
/// </summary>
public sealed class RaterIds(IDataProtectionProvider protection)
{
    public const int IdLength = 32;

    // A protected id is ~120 characters; anything far off that is refused before any cryptography.
    private const int MaxCookieLength = 400;

    private readonly IDataProtector _protector = protection.CreateProtector("MusicRecommender.RaterId.v1");

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));

    public string Protect(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Base64Url.EncodeToString(_protector.Protect(Encoding.ASCII.GetBytes(id)));
    }

    /// <summary>The id inside a cookie value, or null for a missing, malformed or forged one.</summary>
    public string? Unprotect(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxCookieLength || !Base64Url.IsValid(value)) return null;
        try
        {
            var id = Encoding.ASCII.GetString(_protector.Unprotect(Base64Url.DecodeFromChars(value)));
            return id.Length == IdLength && id.All(char.IsAsciiHexDigitLower) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
