namespace MusicRecommender.Domain.Catalog;

/// <summary>One reading of what a listener typed: this part names the song, that part the artist.</summary>
public sealed record SongTextSplit(string Title, string Artist);

/// <summary>
/// The plausible ways to read "title artist" text, most likely first: an explicit separator
/// ("Coldplay - Yellow" both ways round, "Yellow by Coldplay"), then every cut between words with the
/// title first ("Flowers | Miley Cyrus", "Flowers Miley | Cyrus"), then with the artist first
/// ("Taylor Swift | Anti-Hero"). Words are cut at spaces only, so "Anti-Hero" stays one word.
/// </summary>
public static class SongTextSplits
{
    private static readonly string[] Dashes = [" - ", " – ", " — ", " ‐ "];

    public static IReadOnlyList<SongTextSplit> Of(string? text, int max = 12)
    {
        var splits = new List<SongTextSplit>();
        var seen = new HashSet<(string, string)>();
        if (string.IsNullOrWhiteSpace(text) || max <= 0) return splits;
        var trimmed = text.Trim();

        void Add(string title, string artist)
        {
            title = title.Trim();
            artist = artist.Trim();
            if (splits.Count >= max || TextFold.Fold(title).Length == 0 || TextFold.Fold(artist).Length == 0) return;
            if (seen.Add((TextFold.Fold(title), TextFold.Fold(artist)))) splits.Add(new SongTextSplit(title, artist));
        }

        foreach (var dash in Dashes)
        {
            var at = trimmed.IndexOf(dash, StringComparison.Ordinal);
            if (at < 0) continue;
            var left = trimmed[..at];
            var right = trimmed[(at + dash.Length)..];
            // Stores and playlists write "Artist - Title"; people type both.
            Add(right, left);
            Add(left, right);
        }
        var by = trimmed.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by > 0) Add(trimmed[..by], trimmed[(by + 4)..]);

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var cut = 1; cut < words.Length; cut++) Add(string.Join(' ', words[..cut]), string.Join(' ', words[cut..]));
        for (var cut = words.Length - 1; cut >= 1; cut--) Add(string.Join(' ', words[cut..]), string.Join(' ', words[..cut]));
        return splits;
    }
}
