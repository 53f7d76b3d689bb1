using System.Text;
using MusicRecommender.Infrastructure.Csv;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Reads a catalog file row by row, so a file of a million rows is never held in memory: the header is
/// checked when the file is opened, valid rows are handed out one at a time, bad rows are counted by
/// reason (the first few kept as examples). Whether the file as a whole is acceptable (not truncated, not
/// mostly invalid) is only known at its end: <see cref="Rows"/> then throws a
/// <see cref="CatalogFileException"/>, and the importer rolls back everything it wrote from the file.
/// </summary>
internal sealed class CatalogFileReader : IDisposable
{
    private const int ProgressEvery = 10_000;
    private const int ExamplesKept = 5;

    private readonly string _path;
    private readonly StreamReader _reader;
    private readonly CsvRecordReader _csv;
    private readonly string[] _header;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rejectedByReason = new(StringComparer.Ordinal);
    private readonly List<RejectedRow> _firstRejected = [];

    private CatalogFileReader(string path, StreamReader reader, CsvRecordReader csv, string[] header, CatalogFormat format)
    {
        _path = path;
        _reader = reader;
        _csv = csv;
        _header = header;
        Format = format;
        for (var i = 0; i < header.Length; i++) _columns.TryAdd(header[i], i);
    }

    public CatalogFormat Format { get; }

    /// <summary>Data rows read so far (blank lines not counted).</summary>
    public int DataRows { get; private set; }

    public int ValidRows { get; private set; }

    public int RejectedRows { get; private set; }

    public IReadOnlyDictionary<string, int> RejectedByReason => _rejectedByReason;

    public IReadOnlyList<RejectedRow> FirstRejected => _firstRejected;

    /// <summary>How much of the file has been read, 0 to 1 (by bytes, so it leads the rows by a buffer).</summary>
    public double FractionRead => _reader.BaseStream.Length == 0 ? 1 : Math.Min(1, (double)_reader.BaseStream.Position / _reader.BaseStream.Length);

    /// <summary>Opens the file and checks what can be checked before the rows: it exists, is text, and has a known header.</summary>
    public static CatalogFileReader Open(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new CatalogFileException($"{path}: no such file.");
        if (info.Length == 0) throw new CatalogFileException($"{path}: the file is empty.");
        EnsureText(path);

        // Strict UTF-8: a file in another encoding is refused rather than imported as mojibake.
        var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            var csv = new CsvRecordReader(reader);
            var header = csv.Read()?.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray()
                ?? throw new CatalogFileException($"{path}: the file has no header row.");
            var format = CatalogFormat.Detect(header) ?? throw new CatalogFileException(
                $"{path}: unrecognised header ({Describe(header)}). Expected one of: "
                + string.Join("; ", CatalogFormat.All.Select(f => $"{f.Name} with columns {string.Join(",", f.RequiredColumns.Take(6))},…")) + ".");
            return new CatalogFileReader(path, reader, csv, header, format);
        }
        catch (DecoderFallbackException)
        {
            reader.Dispose();
            throw new CatalogFileException($"{path}: the file is not UTF-8 text.");
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The valid rows in file order; at the end, the checks on the file as a whole (may throw).</summary>
    public IEnumerable<ImportRow> Rows(Action<int>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        string[]? last = null;
        var lastLine = 0;
        while (ReadRecord() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = _csv.RecordLine;
            last = record;
            lastLine = line;
            if (record.Length == 1 && record[0].Length == 0 && record.Length != _header.Length) continue; // blank line
            DataRows++;
            if (DataRows % ProgressEvery == 0) rowsRead?.Invoke(DataRows);
            if (record.Length != _header.Length)
            {
                Reject(new RejectedRow(line, "wrong number of fields", $"{record.Length} fields, header has {_header.Length}"));
                continue;
            }
            var fields = new RowFields(_columns, record, line);
            var row = Format.Map(fields);
            if (fields.Error is { } error) Reject(new RejectedRow(line, error.Reason, error.Detail));
            else if (row is not null)
            {
                ValidRows++;
                yield return row;
            }
        }
        rowsRead?.Invoke(DataRows);

        if (_csv.EndedInsideQuotes || (last is not null && last.Length != _header.Length && _csv.EndedWithoutNewline))
            throw new CatalogFileException($"{_path}: the file looks truncated (the record on line {lastLine} is cut short at the end of the file).");
        if (DataRows == 0) throw new CatalogFileException($"{_path}: the file has a header but no rows.");
        if (RejectedRows * 2 > DataRows)
            throw new CatalogFileException($"{_path}: {RejectedRows:N0} of {DataRows:N0} rows are invalid (first: line {_firstRejected[0].Line}, {_firstRejected[0].Detail}); is this the right file?");
    }

    public void Dispose() => _reader.Dispose();

    private string[]? ReadRecord()
    {
        try
        {
            return _csv.Read();
        }
        catch (DecoderFallbackException)
        {
            throw new CatalogFileException($"{_path}: the file is not UTF-8 text.");
        }
    }

    private void Reject(RejectedRow row)
    {
        RejectedRows++;
        _rejectedByReason[row.Reason] = _rejectedByReason.GetValueOrDefault(row.Reason) + 1;
        if (_firstRejected.Count < ExamplesKept) _firstRejected.Add(row);
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
