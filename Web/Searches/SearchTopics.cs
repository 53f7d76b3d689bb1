using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Searches;

/// <summary>A word of the word cloud, with its size step (1 smallest to 5 largest).</summary>
public sealed record CloudWord(string Word, long Count, int Size);

public sealed record SearchTopicsReport(IReadOnlyList<Counted> Genres, IReadOnlyList<CloudWord> Words);

/// <summary>
/// What searches are about (the content-based seed's dashboard): the genres of the songs listeners
/// started from, and the words they typed, for a word cloud. Texts and genre labels are grouped in
/// the database, then split here.
/// </summary>
public sealed class SearchTopics(AppDbContext db)
{
    public const int MaxGenres = 12;
    public const int MaxWords = 40;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "by", "for", "with", "feat", "ft", "featuring", "from", "is", "it", "me", "my", "you",
        "your", "i", "we", "de", "la", "le", "el", "remix", "remastered", "version", "edit", "mix", "spotify", "https", "http", "open", "com", "track",
    };

    public async Task<SearchTopicsReport> GetAsync(CancellationToken cancellationToken)
    {
        var genreLabels = await (
                from s in db.Searches.AsNoTracking()
                join t in db.Tracks.AsNoTracking() on s.TrackId equals t.Id
                where s.Found && t.Genres != null
                group s by t.Genres into g
                select new { Genres = g.Key!, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var genres = genreLabels
            .SelectMany(g => g.Genres.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Select(name => (name, g.Count)))
            .GroupBy(g => g.name.ToLowerInvariant()).Select(g => new Counted(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal).Take(MaxGenres).ToArray();

        var texts = await db.Searches.AsNoTracking().Where(s => s.Text != null)
            .GroupBy(s => s.Text!).Select(g => new { Text = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return new SearchTopicsReport(genres, Cloud(texts.Select(t => (t.Text, t.Count))));
    }

    /// <summary>Words of at least two letters, stop words left out, sized on a log scale of their counts.</summary>
    public static IReadOnlyList<CloudWord> Cloud(IEnumerable<(string Text, long Count)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = texts
            .SelectMany(t => Words(t.Text).Distinct().Select(w => (Word: w, t.Count)))
            .GroupBy(w => w.Word).Select(g => (Word: g.Key, Count: g.Sum(w => w.Count)))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal).Take(MaxWords).ToArray();
        if (counts.Length == 0) return [];
        double max = Math.Log(counts[0].Count + 1), min = Math.Log(counts[^1].Count + 1);
        return counts.OrderBy(w => w.Word, StringComparer.Ordinal)
            .Select(w => new CloudWord(w.Word, w.Count, max > min ? 1 + (int)Math.Round(4 * (Math.Log(w.Count + 1) - min) / (max - min)) : 3))
            .ToArray();
    }

    private static IEnumerable<string> Words(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetter(c) || c == '\'' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\''))
            .Where(w => w.Length >= 2 && !StopWords.Contains(w));
}
