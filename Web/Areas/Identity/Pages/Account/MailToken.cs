using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>The token in a mailed link, Base64Url-encoded as the mail job wrote it; null when the link was damaged.</summary>
internal static class MailToken
{
    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 4096) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
