using System.Text;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// RFC 4180 records from a text reader: comma-separated, fields optionally in double quotes, a
/// doubled quote inside quotes is one quote, and quoted fields may hold commas and line breaks.
/// Lenient where files in the wild are sloppy: a quote inside an unquoted field is kept as text.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, fieldStarted = false, any = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            any = true;
            var c = (char)ch;
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when !fieldStarted:
                    quoted = fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && reader.Peek() == '\n') reader.Read();
                    fields.Add(field.ToString());
                    yield return fields.ToArray();
                    fields.Clear();
                    field.Clear();
                    fieldStarted = any = false;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
