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
    private const string Openers = "([{（［｛【〔";
    private const string Closers = ")]}）］｝】〕";
    private const string Dashes = "-‐‑‒–—―－~〜～";

    public static SongTitle Parse(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return new("", VersionTags.None);
        var tags = VersionTags.None;
        var kept = new StringBuilder(title.Length);
        // Apostrophes vanish rather than split words: "Stayin' Alive" = "Stayin Alive", "Mirabel's" = "Mirabels".
        var plain = Apostrophes().Replace(title.Trim(), "");
        foreach (var (text, isPart) in Parts(plain))
        {
            var folded = TextFold.Fold(text);
            var marker = isPart ? VersionMarkers.Classify(folded) : null;
            if (marker is { } m) tags |= m.Tags;
            if (marker is { Strip: true }) continue;
            kept.Append(folded).Append(' ');
        }
        var (key, trailing) = VersionMarkers.StripTrailing(TextFold.Fold(kept.ToString()));
        tags |= trailing;
        if (key.Length == 0) key = TextFold.Fold(title);
        if (ContainsWord(key, "skit")) tags |= VersionTags.Skit;
        return new(key, tags);
    }

    /// <summary>
    /// The title cut into its base and its candidate marker parts, in order: top-level bracket groups,
    /// dash-separated tails ("Song - Live", needs a space beside the dash so "Anti-Hero" stays whole) and a
    /// dash- or tilde-enclosed ending ("Butterfly‐Japanese Ver.‐", "紅蓮華 -TV ver.-").
    /// </summary>
    private static List<(string Text, bool IsPart)> Parts(string title)
    {
        var parts = new List<(string, bool)>();
        var outside = new StringBuilder();
        var depth = 0;
        var groupStart = 0;
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (Openers.Contains(c) && (depth > 0 || i > 0))
            {
                if (depth++ == 0)
                {
                    SplitDashes(outside.ToString(), parts, first: parts.Count == 0);
                    outside.Clear();
                    groupStart = i + 1;
                }
            }
            else if (Closers.Contains(c) && depth > 0)
            {
                if (--depth == 0) parts.Add((title[groupStart..i], true));
            }
            else if (depth == 0)
            {
                outside.Append(c);
            }
        }
        if (depth > 0) outside.Append(' ').Append(title[groupStart..]);
        SplitDashes(outside.ToString(), parts, first: parts.Count == 0);
        return parts;
    }

    private static void SplitDashes(string text, List<(string, bool)> parts, bool first)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        // An unbracketed credit ("LOYALTY. FEAT. RIHANNA.") is a part of its own.
        var credit = Featuring().Match(text);
        if (credit.Success && credit.Index > 0 && !string.IsNullOrWhiteSpace(text[..credit.Index]))
        {
            SplitDashes(text[..credit.Index], parts, first);
            parts.Add((text[credit.Index..], true));
            return;
        }
        var (body, enclosed) = CutEnclosedEnding(text);
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (!Dashes.Contains(body[i]) || !IsSeparator(body, i)) continue;
            var end = i;
            while (i + 1 < body.Length && Dashes.Contains(body[i + 1])) i++;
            Add(body[start..end]);
            start = i + 1;
        }
        Add(body[start..]);
        if (enclosed is not null) parts.Add((enclosed, true));

        void Add(string piece)
        {
            if (string.IsNullOrWhiteSpace(piece)) return;
            parts.Add((piece, !first));
            first = false;
        }
    }

    private static bool IsSeparator(string text, int index)
    {
        var before = index > 0 && char.IsWhiteSpace(text[index - 1]);
        var last = index;
        while (last + 1 < text.Length && Dashes.Contains(text[last + 1])) last++;
        var after = last + 1 < text.Length && char.IsWhiteSpace(text[last + 1]);
        return before || after;
    }

    private static (string Body, string? Enclosed) CutEnclosedEnding(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length < 3 || !Dashes.Contains(trimmed[^1])) return (text, null);
        var open = trimmed.LastIndexOfAny(Dashes.ToCharArray(), trimmed.Length - 2);
        if (open <= 0 || open == trimmed.Length - 2) return (text, null);
        return (trimmed[..open], trimmed[(open + 1)..^1]);
    }

    [GeneratedRegex(@"['’‘`´]")]
    private static partial Regex Apostrophes();

    [GeneratedRegex(@"\s(?:feat\.|ft\.|featuring\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Featuring();

    private static bool ContainsWord(string folded, string word) =>
        $" {folded} ".Contains($" {word} ", StringComparison.Ordinal);
}
