using System.Globalization;
using System.Text;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>
/// Builds <c>Track.SearchText</c>: lower-case, accents removed, whitespace collapsed. Done in C# rather
/// than with database collations so SQLite and PostgreSQL match the same way ("beyonce" finds
/// "Beyoncé"). The catalog importer and the live lookup both use it so their rows search alike.
/// </summary>
public static class SearchTextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The search text of a track: "title artists album".</summary>
    public static string ForTrack(string title, string? artists, string? album) =>
        Normalize($"{title} {artists} {album}");
}
