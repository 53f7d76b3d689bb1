using System.Text;
using MusicRecommender.Infrastructure.Csv;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>What a catalog file holds after parsing and validating every row.</summary>
internal sealed record CatalogFile(string Path, CatalogFormat Format, IReadOnlyList<ImportRow> Rows, IReadOnlyList<RejectedRow> Rejected, int DataRows);

/// <summary>
/// Reads and validates a whole file before anything is written, so a broken file changes nothing.
/// Rows with a bad value are skipped and counted; a broken file as a whole is refused.
/// </summary>
internal static class CatalogFileReader
{
    private const int ProgressEvery = 10_000;

    public static CatalogFile Read(string path, Action<int>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new CatalogFileException($"{path}: no such file.");
        if (info.Length == 0) throw new CatalogFileException($"{path}: the file is empty.");
        EnsureText(path);

        // Strict UTF-8: a file in another encoding is refused rather than imported as mojibake.
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            var csv = new CsvRecordReader(reader);
            var header = csv.Read()?.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray()
                ?? throw new CatalogFileException($"{path}: the file has no header row.");
            var format = CatalogFormat.Detect(header) ?? throw new CatalogFileException(
                $"{path}: unrecognised header ({Describe(header)}). Expected one of: "
                + string.Join("; ", CatalogFormat.All.Select(f => $"{f.Name} with columns {string.Join(",", f.RequiredColumns.Take(6))},…")) + ".");
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) columns.TryAdd(header[i], i);

            var rows = new List<ImportRow>();
            var rejected = new List<RejectedRow>();
            var dataRows = 0;
            string[]? last = null;
            var lastLine = 0;
            while (csv.Read() is { } record)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = csv.RecordLine;
                dataRows++;
                last = record;
                lastLine = line;
                if (record.Length != header.Length)
                {
                    if (record.Length == 1 && record[0].Length == 0) { dataRows--; continue; } // blank line
                    rejected.Add(new RejectedRow(line, "wrong number of fields", $"{record.Length} fields, header has {header.Length}"));
                    continue;
                }
                var fields = new RowFields(columns, record, line);
                var row = format.Map(fields);
                if (fields.Error is { } error) rejected.Add(new RejectedRow(line, error.Reason, error.Detail));
                else if (row is not null) rows.Add(row);
                if (dataRows % ProgressEvery == 0) rowsRead?.Invoke(dataRows);
            }
            rowsRead?.Invoke(dataRows);

            if (csv.EndedInsideQuotes || (last is not null && last.Length != header.Length && csv.EndedWithoutNewline))
                throw new CatalogFileException($"{path}: the file looks truncated (the record on line {lastLine} is cut short at the end of the file).");
            if (dataRows == 0) throw new CatalogFileException($"{path}: the file has a header but no rows.");
            if (rejected.Count * 2 > dataRows)
                throw new CatalogFileException($"{path}: {rejected.Count:N0} of {dataRows:N0} rows are invalid (first: line {rejected[0].Line}, {rejected[0].Detail}); is this the right file?");
            return new CatalogFile(path, format, rows, rejected, dataRows);
        }
        catch (DecoderFallbackException)
        {
            throw new CatalogFileException($"{path}: the file is not UTF-8 text.");
        }
    }

    private static void EnsureText(string path)
    {
        Span<byte> head = stackalloc byte[8192];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        if (head[..read].Contains((byte)0)) throw new CatalogFileException($"{path}: this is a binary file, not a CSV.");
    }

    private static string Describe(string[] header)
    {
        var shown = string.Join(",", header.Take(6).Select(h => h.Length > 30 ? h[..30] + "…" : h));
        return header.Length > 6 ? shown + ",…" : shown;
    }
}
