using System.Text.RegularExpressions;
using MimeKit;

namespace MusicRecommender.TestSupport;

/// <summary>Reading received mail in tests: the plain-text part and the site's links in it.</summary>
public static partial class MailText
{
    public static string Text(MimeMessage message) => message.TextBody ?? throw new InvalidOperationException("The mail has no text part.");

    /// <summary>Every link to <paramref name="site"/> in the text part, as a path and query for the test client.</summary>
    public static IReadOnlyList<string> SiteLinks(MimeMessage message, string site = "https://localhost") =>
        [.. Link().Matches(Text(message)).Select(m => m.Value).Where(u => u.StartsWith(site + "/", StringComparison.Ordinal)).Select(u => u[site.Length..])];

    public static string SiteLink(MimeMessage message, string pathStart) =>
        SiteLinks(message).FirstOrDefault(l => l.StartsWith(pathStart, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"The mail has no link to {pathStart}: {Text(message)}");

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();
}
