using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Pipeline.Training;

/// <summary>What cleaning kept and why it dropped the rest. Each dropped row counts under its first reason, in the order below.</summary>
public sealed record CleanResult(
    IReadOnlyList<TrainingRow> Kept,
    int Input,
    int MissingFeatures,
    int OutOfRange,
    int ZeroTempo,
    int ExcludedArtists,
    int DuplicateIds)
{
    public int Dropped => Input - Kept.Count;
}

/// <summary>
/// The clean step: drops rows with a missing or non-finite feature, a feature outside its documented
/// Spotify range, tempo 0 (Spotify's "could not detect"; 157 rows in the multi-genre set), an
/// artist on the exclusion list, or an id already kept (first kept, input order). Validity is
/// checked before duplicates, so a broken first copy does not hide a good second one.
/// </summary>
public sealed class DataCleaner(IEnumerable<string>? excludedArtists = null, string artistSeparator = ";")
{
    private static readonly int TempoIndex = AudioFeatures.Names.ToList().IndexOf("tempo");

    private readonly HashSet<string> _excluded = new(
        (excludedArtists ?? []).Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);

    public CleanResult Clean(IEnumerable<TrainingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var definitions = AudioFeatures.Definitions;
        var kept = new List<TrainingRow>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int input = 0, missing = 0, outOfRange = 0, zeroTempo = 0, excluded = 0, duplicates = 0;
        foreach (var row in rows)
        {
            input++;
            if (row.Features is null || row.Features.Length != definitions.Count || row.Features.Any(v => !double.IsFinite(v)))
                missing++;
            else if (row.Features.Where((v, j) => !definitions[j].Contains(v)).Any())
                outOfRange++;
            else if (row.Features[TempoIndex] == 0)
                zeroTempo++;
            else if (IsExcluded(row.Artists))
                excluded++;
            else if (!ids.Add(row.Id ?? ""))
                duplicates++;
            else
                kept.Add(row);
        }
        return new CleanResult(kept, input, missing, outOfRange, zeroTempo, excluded, duplicates);
    }

    /// <summary>
    /// True when any of the row's artists is excluded (a collaboration counts). Names are matched as
    /// whole separator-delimited segments, so a name that itself contains the separator ("Car, the
    /// garden" in a ", "-joined list) still matches.
    /// </summary>
    private bool IsExcluded(string? artists)
    {
        if (_excluded.Count == 0 || string.IsNullOrEmpty(artists)) return false;
        var wrapped = artistSeparator + artists + artistSeparator;
        return _excluded.Any(name => wrapped.Contains(artistSeparator + name + artistSeparator, StringComparison.OrdinalIgnoreCase))
            || artists.Split(artistSeparator).Any(a => _excluded.Contains(a.Trim()));
    }
}
