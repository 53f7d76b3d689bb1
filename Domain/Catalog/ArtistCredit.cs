using System.Text.RegularExpressions;

namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Artist identity from the stored artist text. The key folds case, accents, spacing and punctuation
/// ("BTS" = "bts", "Stray Kids" = "STRAYKIDS", "Beyoncé" = "beyonce"); the primary artist is the first of an
/// "A, B" / "A; B" / "A feat. B" credit. "&amp;" never splits ("Simon &amp; Garfunkel" is one act). A name that
/// holds a comma ("Earth, Wind &amp; Fire") reads as its first part, which is the same for all its tracks.
/// </summary>
public static partial class ArtistCredit
{
    /// <summary>The folded, space-free key of one artist name; "" for none.</summary>
    public static string Key(string? name) => TextFold.Compact(name);

    /// <summary>The names of a credit, trimmed, in order, without empty ones.</summary>
    public static IReadOnlyList<string> Split(string? artists)
    {
        if (string.IsNullOrWhiteSpace(artists)) return [];
        var separator = artists.Contains(';') ? ';' : ',';
        return artists.Split(separator)
            .SelectMany(part => Featuring().Split(part))
            .Select(part => part.Trim())
            .Where(part => part.Length > 0)
            .ToArray();
    }

    /// <summary>The first artist of a credit, as written; "" for none.</summary>
    public static string Primary(string? artists)
    {
        if (string.IsNullOrWhiteSpace(artists)) return "";
        var separator = artists.Contains(';') ? ';' : ',';
        foreach (var part in artists.Split(separator))
        {
            var name = Featuring().Split(part, 2)[0].Trim();
            if (name.Length > 0) return name;
        }
        return "";
    }

    /// <summary>The key of the first artist of a credit; "" for none.</summary>
    public static string PrimaryKey(string? artists) => Key(Primary(artists));

    [GeneratedRegex(@"\s+(?:feat\.?|ft\.|featuring)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Featuring();
}
