namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// The K-pop/western list (Wu, kpop_western_tracks.csv) names artists by slug: "taylor", "theweekend",
/// "hungha" (CHUNG HA), "bolt_4" (BOL4), "bts_k" in the raw file. A slug is never shown to a listener. Shape
/// alone cannot tell a slug from a name ("keshi", "aespa", "yama" are real lower-case names in the multi-genre
/// file), so the rule needs to know that the text came from that list's artist column.
/// </summary>
public static class ArtistSlug
{
    /// <summary>Shown where a slug has no known display name.</summary>
    public const string UnknownArtist = "Unknown artist";

    private const string KpopSuffix = "_k";

    /// <summary>The slug as the catalog stores it: the raw file's "_k" (K-pop) suffix removed.</summary>
    public static string FromRaw(string raw)
    {
        var trimmed = raw.Trim();
        return trimmed.EndsWith(KpopSuffix, StringComparison.Ordinal) && trimmed.Length > KpopSuffix.Length
            ? trimmed[..^KpopSuffix.Length]
            : trimmed;
    }

    /// <summary>
    /// Whether an artist text is a slug that must not be shown: it came from the slug list and has a slug's
    /// shape (lower-case ASCII letters, digits and underscores). "BAEKHYUN" from the same list is already the
    /// artist's display name and passes through.
    /// </summary>
    public static bool IsSlug(string? artist, bool fromSlugList) =>
        fromSlugList && HasSlugShape(artist);

    public static bool HasSlugShape(string? artist) =>
        !string.IsNullOrEmpty(artist) && artist.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    /// <summary>
    /// Whether <paramref name="displayName"/> can be the artist a slug stands for: the same letters ("straykids" →
    /// "Stray Kids"), the start of the name ("taylor" → "Taylor Swift") or one or two typing slips ("theweekend" →
    /// "The Weeknd", "hungha" → "CHUNG HA", "bolt_4" → "BOL4"). Guards the learning: the Wu track filed under
    /// "harrystyles" that another file credits to Chris Stapleton does not make him Harry Styles.
    /// </summary>
    public static bool Matches(string slug, string displayName)
    {
        var slugKey = ArtistCredit.Key(slug);
        var nameKey = ArtistCredit.Key(displayName);
        if (slugKey.Length == 0 || nameKey.Length == 0) return false;
        if (slugKey == nameKey) return true;
        if (slugKey.Length >= 4 && nameKey.StartsWith(slugKey, StringComparison.Ordinal)) return true;
        var allowed = slugKey.Length >= 10 ? 2 : slugKey.Length >= 5 ? 1 : 0;
        return allowed > 0 && Math.Abs(slugKey.Length - nameKey.Length) <= allowed && Distance(slugKey, nameKey) <= allowed;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
