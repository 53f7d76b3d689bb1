using System.Globalization;
using System.Text;

namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// The one text fold behind search and song grouping: compatibility-decomposed (full-width → ASCII),
/// accents dropped, lower case, punctuation to single spaces, Hangul recomposed. Two texts that fold
/// alike are the same words to a listener ("Beyoncé" = "BEYONCE", "ＤＮＡ" = "DNA").
/// </summary>
public static class TextFold
{
    /// <summary>The folded words of <paramref name="text"/>, joined by single spaces; "" for null or blank.</summary>
    public static string Fold(string? text) => Fold(text, keepSpaces: true);

    /// <summary>The fold without spaces ("Stray Kids" → "straykids"), so spacing differences vanish too.</summary>
    public static string Compact(string? text) => Fold(text, keepSpaces: false);

    private static string Fold(string? text, bool keepSpaces)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        // ASCII is its own compatibility decomposition; most titles and names skip both normalisations.
        var ascii = Ascii.IsValid(text);
        var decomposed = ascii ? text : text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && keepSpaces && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        // Recompose what is left (Hangul syllables were split into jamo by the decomposition).
        return ascii ? builder.ToString() : builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
