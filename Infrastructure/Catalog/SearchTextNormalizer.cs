using System.Globalization;
using System.Text;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>
/// Folds text for search: compatibility-decomposed (full-width → ASCII), accents dropped, lower case,
/// punctuation to spaces, spaces collapsed. Stored and query text go through the same fold, so a
/// plain LIKE is case- and accent-insensitive on SQLite and PostgreSQL alike.
/// </summary>
public static class SearchTextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        // Recompose what is left (Hangul syllables were split into jamo by the decomposition).
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The search text of a track: "title artists album".</summary>
    public static string ForTrack(string title, string? artists, string? album) =>
        Normalize($"{title} {artists} {album}");

    /// <summary>The words of a query, folded, without duplicates, at most <paramref name="max"/>.</summary>
    public static string[] Terms(string? query, int max = 8) =>
        Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(max).ToArray();
}
