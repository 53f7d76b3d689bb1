using System.Text;

namespace MusicRecommender.Infrastructure.Csv;

/// <summary>
/// A small RFC 4180 reader: comma-separated, double-quoted fields with "" escapes and embedded new
/// lines. It reports the line each record starts on, and whether the input ended inside a quoted
/// field — the mark of a truncated file.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>1-based line on which the last record returned by <see cref="Read"/> started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>True when the input ended in the middle of a quoted field.</summary>
    public bool EndedInsideQuotes { get; private set; }

    /// <summary>True when the last record ended at end of input without a line break.</summary>
    public bool EndedWithoutNewline { get; private set; }

    /// <summary>The next record's fields, or null at the end of input.</summary>
    public string[]? Read()
    {
        var first = reader.Read();
        if (first < 0) return null;

        RecordLine = _line;
        var fields = new List<string>();
        _field.Clear();
        var inQuotes = false;
        var c = first;
        while (true)
        {
            if (c < 0)
            {
                EndedInsideQuotes = inQuotes;
                EndedWithoutNewline = true;
                fields.Add(_field.ToString());
                return [.. fields];
            }
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n') _line++;
                    _field.Append(ch);
                }
            }
            else if (ch == '"' && _field.Length == 0)
            {
                inQuotes = true;
            }
            else if (ch == ',')
            {
                fields.Add(_field.ToString());
                _field.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                _line++;
                fields.Add(_field.ToString());
                return [.. fields];
            }
            else
            {
                _field.Append(ch);
            }
            c = reader.Read();
        }
    }
}
