using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Cuts a title into its base and its candidate marker parts: top-level bracket groups, dash-separated tails
/// ("Song - Live"; a dash needs a space beside it, so "Anti-Hero" stays whole), a dash- or tilde-enclosed ending
/// ("Butterfly‐Japanese Ver.‐", "紅蓮華 -TV ver.-") and an unbracketed credit ("LOYALTY. FEAT. RIHANNA.").
/// </summary>
internal static partial class TitlePieces
{
    private const string Openers = "([{（［｛【〔";
    private const string Closers = ")]}）］｝】〕";
    private const string Dashes = "-‐‑‒–—―－~〜～";

    // Bracket groups are lifted out first and left as placeholder characters, so dash splitting can tell
    // which piece each group was written in. Private-use characters fold to spaces.
    private const char FirstPlaceholder = '\uE000';

    private static readonly SearchValues<char> Cuts = SearchValues.Create(Openers + Dashes);

    public static List<TitlePiece> Cut(string title)
    {
        // Most titles have nothing to cut: no bracket, no dash, no credit.
        if (title.AsSpan().IndexOfAny(Cuts) < 0 && !Featuring().IsMatch(title)) return [new TitlePiece(title, false, [])];
        var groups = new List<string>();
        var outside = new StringBuilder(title.Length);
        var depth = 0;
        var groupStart = 0;
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (Openers.Contains(c) && (depth > 0 || i > 0))
            {
                if (depth++ == 0) groupStart = i + 1;
            }
            else if (Closers.Contains(c) && depth > 0)
            {
                if (--depth != 0) continue;
                outside.Append(' ').Append((char)(FirstPlaceholder + groups.Count)).Append(' ');
                groups.Add(title[groupStart..i]);
            }
            else if (depth == 0)
            {
                outside.Append(c);
            }
        }
        if (depth > 0) outside.Append(' ').Append(title[groupStart..]);

        var pieces = new List<TitlePiece>();
        foreach (var (text, isTail) in Split(outside.ToString()))
        {
            var owned = text.Where(IsPlaceholder).Select(p => groups[p - FirstPlaceholder]).ToArray();
            pieces.Add(new TitlePiece(new string(text.Where(c => !IsPlaceholder(c)).ToArray()), isTail, owned));
        }
        return pieces;
    }

    private static bool IsPlaceholder(char c) => c >= FirstPlaceholder && c < FirstPlaceholder + 0x1000;

    private static List<(string Text, bool IsTail)> Split(string text)
    {
        var pieces = new List<(string, bool)>();
        var credit = Featuring().Match(text);
        string? creditTail = null;
        if (credit.Success && credit.Index > 0 && !IsBlank(text[..credit.Index]))
        {
            creditTail = text[credit.Index..];
            text = text[..credit.Index];
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
        if (enclosed is not null) pieces.Add((enclosed, true));
        if (creditTail is not null) pieces.Add((creditTail, true));
        return pieces;

        void Add(string piece)
        {
            // A tail that is only a group's placeholder still carries the group.
            if (piece.All(char.IsWhiteSpace)) return;
            pieces.Add((piece, pieces.Count > 0));
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

    // "DOPE‐超ヤベー!‐(Japanese Ver.)": the enclosed part ends at the last dash that only placeholders follow.
    private static (string Body, string? Enclosed) CutEnclosedEnding(string text)
    {
        var close = text.Length - 1;
        while (close >= 0 && (char.IsWhiteSpace(text[close]) || IsPlaceholder(text[close]))) close--;
        if (close < 2 || !Dashes.Contains(text[close])) return (text, null);
        var open = text.LastIndexOfAny(Dashes.ToCharArray(), close - 1);
        if (open <= 0 || open == close - 1 || IsBlank(text[..open])) return (text, null);
        return (text[..open] + text[(close + 1)..], text[(open + 1)..close]);
    }

    private static bool IsBlank(string text) => text.All(c => char.IsWhiteSpace(c) || IsPlaceholder(c));

    [GeneratedRegex(@"\s(?:feat\.|ft\.|featuring\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Featuring();
}
