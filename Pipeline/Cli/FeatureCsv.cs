using System.Globalization;
using MusicRecommender.Infrastructure.Csv;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>The numeric feature columns of a CSV, and what reading it skipped.</summary>
public sealed record FeatureTable(
    IReadOnlyList<string> Features,
    RowMatrix Rows,
    string? IdColumn,
    IReadOnlyList<string>? Ids,
    int RowsRead,
    int SkippedIncomplete,
    int DuplicateIds);

/// <summary>
/// Reads any CSV with a header: rows lacking one of the feature columns or holding an unparsable or
/// non-finite value are skipped and counted; when an <c>id</c> (else <c>track_id</c>) column exists,
/// only the first complete row of each id is kept. Row order is the file's.
/// </summary>
public static class FeatureCsv
{
    private static readonly string[] IdColumns = ["id", "track_id"];

    public static FeatureTable Read(string path, IReadOnlyList<string> features, bool deduplicate = true)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (!File.Exists(path)) throw new CliException($"Input file '{path}' does not exist.");
        using var reader = new StreamReader(path);
        using var records = Records(new CsvRecordReader(reader)).GetEnumerator();
        if (!records.MoveNext()) throw new CliException($"Input file '{path}' has no header row.");
        var header = records.Current.Select(h => h.Trim()).ToArray();
        var columns = features.Select(f => Array.IndexOf(header, f)).ToArray();
        var unknown = features.Where((_, j) => columns[j] < 0).ToArray();
        if (unknown.Length > 0)
            throw new CliException($"Unknown feature column{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))} in '{path}'. Columns: {string.Join(", ", header)}.");
        var idColumn = deduplicate ? IdColumns.FirstOrDefault(c => Array.IndexOf(header, c) >= 0) : null;
        var idIndex = idColumn is null ? -1 : Array.IndexOf(header, idColumn);

        var values = new List<double>();
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, incomplete = 0, duplicates = 0;
        var row = new double[columns.Length];
        while (records.MoveNext())
        {
            var fields = records.Current;
            // A blank line is no row (a trailing newline, say), not an incomplete one.
            if (fields is [""]) continue;
            read++;
            if (!TryParseRow(fields, columns, row))
            {
                incomplete++;
                continue;
            }
            var id = idIndex >= 0 && idIndex < fields.Length ? fields[idIndex] : "";
            // An empty id identifies nothing, so it never makes a row a duplicate.
            if (id.Length > 0 && !seen.Add(id))
            {
                duplicates++;
                continue;
            }
            values.AddRange(row);
            ids.Add(id);
        }
        var matrix = new RowMatrix(values.Count / columns.Length, columns.Length, values.ToArray());
        return new FeatureTable(features.ToArray(), matrix, idColumn, idColumn is null ? null : ids, read, incomplete, duplicates);
    }

    private static bool TryParseRow(string[] fields, int[] columns, double[] row)
    {
        for (var j = 0; j < columns.Length; j++)
        {
            if (columns[j] >= fields.Length) return false;
            var text = fields[columns[j]];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out row[j]) || !double.IsFinite(row[j])) return false;
        }
        return true;
    }

    private static IEnumerable<string[]> Records(CsvRecordReader csv)
    {
        while (csv.Read() is { } record) yield return record;
    }
}
