using System.Runtime.InteropServices;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>One track as search sees it: its id, popularity and folded search text.</summary>
public readonly record struct SearchEntry(int Id, int? Popularity, string Text);

/// <summary>
/// The catalog's search texts in search order (most popular first, then by id) with a trigram index over
/// them: every three characters of a text point at the entries holding them. A query walks the rarest
/// trigram's entries of each word in order, intersects them, checks each candidate holds every word, and
/// stops at the pool size — so a common word stops early and a rare combination touches only the
/// entries its rarest trigrams name. Immutable; a newer catalog builds a new one.
/// </summary>
public sealed class SearchCorpus
{
    private static readonly int[] None = [];

    private readonly SearchEntry[] _entries;
    private readonly Dictionary<long, int[]> _postings;

    private SearchCorpus(SearchEntry[] entries, Dictionary<long, int[]> postings)
    {
        _entries = entries;
        _postings = postings;
    }

    public int Count => _entries.Length;

    public static SearchCorpus Build(IEnumerable<SearchEntry> rows)
    {
        var entries = rows.ToArray();
        Array.Sort(entries, SearchOrder);
        var counts = new Dictionary<long, int>();
        var seen = new HashSet<long>();
        foreach (var entry in entries)
        {
            Distinct(entry.Text, seen);
            foreach (var trigram in seen) CollectionsMarshal.GetValueRefOrAddDefault(counts, trigram, out _)++;
        }
        var postings = new Dictionary<long, int[]>(counts.Count);
        foreach (var (trigram, count) in counts) postings[trigram] = new int[count];
        var filled = new Dictionary<long, int>(counts.Count);
        for (var i = 0; i < entries.Length; i++)
        {
            Distinct(entries[i].Text, seen);
            foreach (var trigram in seen) postings[trigram][CollectionsMarshal.GetValueRefOrAddDefault(filled, trigram, out _)++] = i;
        }
        return new SearchCorpus(entries, postings);
    }

    /// <summary>Most popular first (unknown popularity last), then by id: the order search fills its pool in.</summary>
    public static int SearchOrder(SearchEntry a, SearchEntry b)
    {
        var byPopularity = (b.Popularity ?? -1).CompareTo(a.Popularity ?? -1);
        return byPopularity != 0 ? byPopularity : a.Id.CompareTo(b.Id);
    }

    /// <summary>
    /// The first <paramref name="limit"/> entries, in search order, whose text contains every term
    /// (ordinal: texts and terms are folded alike) and whose id <paramref name="skip"/> does not name.
    /// </summary>
    public List<SearchEntry> Match(string[] terms, int limit, IReadOnlySet<int>? skip = null)
    {
        var found = new List<SearchEntry>();
        var lists = Candidates(terms);
        if (lists is null)
        {
            // Only words under three characters: no trigram narrows them; walk in order (a short word is common).
            for (var i = 0; i < _entries.Length && found.Count < limit; i++) Take(i, terms, skip, found);
            return found;
        }
        if (lists.Count == 0) return found;
        var cursors = new int[lists.Count];
        foreach (var index in lists[0])
        {
            if (!AllHold(lists, cursors, index, out var exhausted))
            {
                if (exhausted) break;
                continue;
            }
            Take(index, terms, skip, found);
            if (found.Count >= limit) break;
        }
        return found;
    }

    private void Take(int index, string[] terms, IReadOnlySet<int>? skip, List<SearchEntry> found)
    {
        var entry = _entries[index];
        if (skip is not null && skip.Contains(entry.Id)) return;
        foreach (var term in terms)
        {
            if (!entry.Text.Contains(term, StringComparison.Ordinal)) return;
        }
        found.Add(entry);
    }

    /// <summary>
    /// The two rarest trigram lists of each word of three characters or more, shortest first; null when no
    /// word has a trigram, empty when a trigram occurs nowhere (nothing can match).
    /// </summary>
    private List<int[]>? Candidates(string[] terms)
    {
        List<int[]>? lists = null;
        foreach (var term in terms)
        {
            if (term.Length < 3) continue;
            lists ??= [];
            var own = new List<int[]>(term.Length - 2);
            for (var i = 0; i + 3 <= term.Length; i++) own.Add(_postings.GetValueOrDefault(Trigram(term, i), None));
            own.Sort((a, b) => a.Length.CompareTo(b.Length));
            if (own[0].Length == 0) return [];
            lists.AddRange(own.Take(2));
        }
        lists?.Sort((a, b) => a.Length.CompareTo(b.Length));
        return lists;
    }

    /// <summary>Whether every list after the first holds <paramref name="index"/>; the cursors only move forward.</summary>
    private static bool AllHold(List<int[]> lists, int[] cursors, int index, out bool exhausted)
    {
        exhausted = false;
        for (var j = 1; j < lists.Count; j++)
        {
            var list = lists[j];
            ref var cursor = ref cursors[j];
            if (cursor < list.Length && list[cursor] < index) cursor = Seek(list, cursor, index);
            if (cursor == list.Length)
            {
                exhausted = true;
                return false;
            }
            if (list[cursor] != index) return false;
        }
        return true;
    }

    /// <summary>
    /// The first position after <paramref name="from"/> whose entry is not below <paramref name="index"/> (the list
    /// is ascending): galloping, then a binary search, so a rare word's few candidates skip through a common word's
    /// long list instead of walking it.
    /// </summary>
    private static int Seek(int[] list, int from, int index)
    {
        var below = from;
        var step = 1;
        var probe = from + 1;
        while (probe < list.Length && list[probe] < index)
        {
            below = probe;
            step <<= 1;
            probe = below + step;
        }
        var end = Math.Min(probe + 1, list.Length);
        var at = Array.BinarySearch(list, below + 1, end - below - 1, index);
        return at >= 0 ? at : ~at;
    }

    private static void Distinct(string text, HashSet<long> seen)
    {
        seen.Clear();
        for (var i = 0; i + 3 <= text.Length; i++) seen.Add(Trigram(text, i));
    }

    private static long Trigram(string text, int at) => ((long)text[at] << 32) | ((long)text[at + 1] << 16) | text[at + 2];
}
