using System.Globalization;

namespace MusicRecommender.Tests.Shared;

/// <summary>
/// The team's shared data and scikit-learn fixtures live beside the repository (../shared), never in
/// it. Found by walking up from the test binaries to the folder holding MusicRecommender.sln.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MusicRecommender.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        throw new DirectoryNotFoundException("No MusicRecommender.sln above " + AppContext.BaseDirectory);
    });

    public static string Data(string file) => Path.Combine(Root.Value, "data", file);

    public static string Fixture(string file) => Path.Combine(Root.Value, "fixtures", file);

    /// <summary>
    /// Rows of a CSV with all the named numeric columns present and parsable, in file order; when
    /// <paramref name="idColumn"/> is given, only the first row of each id. A minimal reader on
    /// purpose: the tests should not trust the CSV code they test.
    /// </summary>
    public static (string[] Ids, double[][] Rows) ReadFeatures(string path, IReadOnlyList<string> columns, string idColumn)
    {
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine()!);
        var indices = columns.Select(c => Array.IndexOf(header, c)).ToArray();
        var idIndex = Array.IndexOf(header, idColumn);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        var rows = new List<double[]>();
        while (reader.ReadLine() is { } line)
        {
            var fields = Split(line);
            var values = new double[indices.Length];
            var complete = true;
            for (var j = 0; j < indices.Length && complete; j++)
                complete = double.TryParse(fields[indices[j]], NumberStyles.Float, CultureInfo.InvariantCulture, out values[j]);
            if (!complete || !seen.Add(fields[idIndex])) continue;
            ids.Add(fields[idIndex]);
            rows.Add(values);
        }
        return (ids.ToArray(), rows.ToArray());
    }

    /// <summary>Every data row as its fields, header skipped.</summary>
    public static IEnumerable<string[]> ReadRows(string path) => File.ReadLines(path).Skip(1).Select(Split);

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') current.Append(line[++i]);
                else if (ch == '"') quoted = false;
                else current.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else current.Append(ch);
        }
        fields.Add(current.ToString());
        return fields.ToArray();
    }
}
