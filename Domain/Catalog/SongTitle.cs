using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// A title read as a song: <see cref="Key"/> is the folded title without its version markers, so
/// "Butter - Megan Thee Stallion Remix", "Butter (feat. Megan Thee Stallion)" and "BUTTER" share the key
/// "butter", while <see cref="Tags"/> says which version this one is. Parts that are not markers stay in
/// the key ("Stay With Me (Part 2)", "Intro: Persona", "Mine - Commentary"), so different songs stay apart.
/// </summary>
public sealed partial record SongTitle(string Key, VersionTags Tags)
{
    // Titles that name a slot on an album rather than a song: one artist's "Intro" on two albums is two tracks.
    private static readonly HashSet<string> GenericKeys = new(StringComparer.Ordinal)
    {
        "intro", "introduction", "outro", "interlude", "skit", "intro skit", "outro skit", "prelude", "prologue",
        "epilogue", "overture", "finale", "intermission", "untitled", "reprise", "hidden track", "bonus track",
        "theme", "main theme", "opening", "ending", "instrumental", "demo", "medley",
    };

    /// <summary>Whether the key only names a slot ("Intro", "Interlude", "Outro"), so it identifies a song only within one album.</summary>
    public bool IsGeneric => GenericKeys.Contains(Key);

    public static SongTitle Parse(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return new("", VersionTags.None);
        var tags = VersionTags.None;
        var kept = new StringBuilder(title.Length);
        // Apostrophes vanish rather than split words: "Stayin' Alive" = "Stayin Alive", "Mirabel's" = "Mirabels".
        var plain = title.AsSpan().IndexOfAny(ApostropheChars) >= 0 ? Apostrophes().Replace(title.Trim(), "") : title.Trim();
        foreach (var piece in TitlePieces.Cut(plain))
        {
            var folded = TextFold.Fold(piece.Text);
            if (piece.IsTail && VersionMarkers.Classify(folded) is { } marker)
            {
                tags |= marker.Tags;
                // A marker tail ("- 2016 BIGBANG WORLD TOUR [MADE] FINAL IN SEOUL LIVE") takes its groups with it.
                if (marker.Strip)
                {
                    foreach (var group in piece.Groups) tags |= VersionMarkers.Classify(TextFold.Fold(group))?.Tags ?? VersionTags.None;
                    continue;
                }
            }
            kept.Append(folded).Append(' ');
            foreach (var group in piece.Groups)
            {
                var foldedGroup = TextFold.Fold(group);
                var groupMarker = VersionMarkers.Classify(foldedGroup);
                tags |= groupMarker?.Tags ?? VersionTags.None;
                if (groupMarker is not { Strip: true }) kept.Append(foldedGroup).Append(' ');
            }
        }
        var (key, trailing) = VersionMarkers.StripTrailing(TextFold.Fold(kept.ToString()));
        tags |= trailing;
        if (key.Length == 0) key = TextFold.Fold(title);
        if (ContainsWord(key, "skit")) tags |= VersionTags.Skit;
        return new(key, tags);
    }

    private static readonly SearchValues<char> ApostropheChars = SearchValues.Create("'’‘`´");

    [GeneratedRegex(@"['’‘`´]")]
    private static partial Regex Apostrophes();

    private static bool ContainsWord(string folded, string word) =>
        $" {folded} ".Contains($" {word} ", StringComparison.Ordinal);
}
