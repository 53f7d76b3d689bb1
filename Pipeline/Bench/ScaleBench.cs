using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>What one catalog size measured: the import, the search index, and the site serving it.</summary>
internal sealed record ScaleFigures(
    string Name, int Rows, int Tracks, double ImportSeconds, double ImportPeakMb, double IndexSeconds,
    double SiteReadySeconds, double SiteResidentMb, double SitePeakMb, LatencySummary Suggest, LatencySummary Search, LatencySummary Recommend)
{
    public double RowsPerSecond => Rows / ImportSeconds;
}

/// <summary>
/// <c>bench --scale</c>: the 95k seed import, then a seeded reference catalog of a million rows (the
/// multi-genre layout) imported on top of it, each by the real <c>import</c> command in its own process;
/// the Release site started on each database (its first search builds the search corpus) and asked for suggestions,
/// searches and recommendations one at a time. Figures for the million are shown next to the seed's.
/// </summary>
internal sealed partial class ScaleBench(string root, string work, int rows, int seed, int requests, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(work);
        var cli = typeof(ScaleBench).Assembly.Location;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
        var webFolder = Path.Combine(root, "Web");
        var webDll = Path.Combine(webFolder, "bin", configuration, "net10.0", "MusicRecommender.Web.dll");
        if (!File.Exists(webDll))
        {
            await Console.Error.WriteLineAsync($"error: {webDll} is missing; build the site first: dotnet build -c {configuration} Web");
            return 1;
        }

        var file = Path.Combine(work, $"reference_{rows}.csv");
        var generating = Stopwatch.GetTimestamp();
        ScaleCatalogFile.Write(file, rows, seed);
        output.WriteLine($"generated {file} ({rows:N0} rows, {new FileInfo(file).Length / 1048576.0:F0} MB) in {Stopwatch.GetElapsedTime(generating).TotalSeconds:F1} s");

        var seedDb = Path.Combine(work, "seed.db");
        var bigDb = Path.Combine(work, "million.db");
        foreach (var db in new[] { seedDb, bigDb }) DeleteDatabase(db);

        var seedData = Path.Combine(root, "..", "shared", "data");
        var (seedRows, seedSeconds, seedPeak) = await ImportAsync(cli, seedDb, seedData, cancellationToken);
        Checkpoint(seedDb);
        File.Copy(seedDb, bigDb);
        var (bigRows, bigSeconds, bigPeak) = await ImportAsync(cli, bigDb, file, cancellationToken);

        var figures = new List<ScaleFigures>();
        foreach (var (name, db, importedRows, seconds, peak) in new[]
                 {
                     ("seed (3 files)", seedDb, seedRows, seedSeconds, seedPeak),
                     ($"seed + {rows:N0} reference", bigDb, bigRows, bigSeconds, bigPeak),
                 })
        {
            var tracks = CountTracks(db);
            var (ready, index, resident, sitePeak, suggest, search, recommend) = await ServeAsync(webDll, webFolder, db, cancellationToken);
            figures.Add(new ScaleFigures(name, importedRows, tracks, seconds, peak, index, ready, resident, sitePeak, suggest, search, recommend));
        }
        new ScaleTable(output).Print(figures, requests);
        return 0;
    }

    private async Task<(int Rows, double Seconds, double PeakMb)> ImportAsync(string cli, string database, string from, CancellationToken cancellationToken)
    {
        output.WriteLine($"import --from {from} into {Path.GetFileName(database)} …");
        using var child = ChildProcess.StartDotnet(cli, ["import", "--from", from], Environment(database), root,
            line => { if (line.Contains("% of the file", StringComparison.Ordinal)) output.WriteLine(line); });
        var code = await child.WaitAsync(cancellationToken);
        if (code != 0) throw new InvalidOperationException($"import exited with {code}:\n{child.Output}");
        var imported = DataRows().Matches(child.Output).Sum(m => int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        return (imported, child.Elapsed.TotalSeconds, child.PeakMb);
    }

    private async Task<(double Ready, double IndexSeconds, double ResidentMb, double PeakMb, LatencySummary Suggest, LatencySummary Search, LatencySummary Recommend)> ServeAsync(
        string webDll, string webFolder, string database, CancellationToken cancellationToken)
    {
        var samples = Samples(database, requests);
        await using var site = ScaleSite.Start(webDll, webFolder, database);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var ready = await site.WaitUntilReadyAsync(http, samples[0].Id, TimeSpan.FromMinutes(15), cancellationToken);
        // The first search builds the site's search corpus from the stored rows.
        var building = Stopwatch.GetTimestamp();
        using (var first = await http.GetAsync(new Uri(site.Address, $"/api/tracks/search?q={Uri.EscapeDataString(samples[0].Title)}"), cancellationToken))
        {
            first.EnsureSuccessStatusCode();
        }
        var index = Stopwatch.GetElapsedTime(building).TotalSeconds;
        var probe = new LatencyProbe(http, site.Address);
        var suggest = await probe.MeasureAsync(samples.Select(s => $"/api/tracks/suggest?q={Uri.EscapeDataString(Prefix(s.Title))}"), cancellationToken);
        var search = await probe.MeasureAsync(samples.Select(s => $"/api/tracks/search?q={Uri.EscapeDataString(s.Title)}"), cancellationToken);
        var recommend = await probe.MeasureAsync(
            samples.Select((s, i) => $"/api/recommendations?trackId={s.Id}&catalog={(i % 2 == 0 ? "anime" : "kpop")}"), cancellationToken);
        return (ready.TotalSeconds, index, site.ResidentMb, site.PeakMb, suggest, search, recommend);
    }

    private static Dictionary<string, string> Environment(string database) => new()
    {
        ["ConnectionStrings__Default"] = $"Data Source={database}",
        ["Database__Provider"] = "Sqlite",
        ["Features__ReccoBeatsEnabled"] = "false",
    };

    /// <summary>Tracks spread evenly over the table (the same rule for both databases), id and title.</summary>
    private static List<(int Id, string Title)> Samples(string database, int count)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"Title\" FROM \"Tracks\" WHERE \"Id\" % ((SELECT MAX(\"Id\") FROM \"Tracks\") / $n + 1) = 0 ORDER BY \"Id\" LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        var samples = new List<(int, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) samples.Add((reader.GetInt32(0), reader.GetString(1)));
        return samples;
    }

    /// <summary>What a listener has typed before choosing: the first word and a bit of the next.</summary>
    private static string Prefix(string title) => title.Length <= 6 ? title : title[..Math.Max(6, Math.Min(title.Length, title.IndexOf(' ', StringComparison.Ordinal) + 3))];

    private static int CountTracks(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Tracks\"";
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Checkpoint(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }

    private static void DeleteDatabase(string database)
    {
        // The marker too: a database deleted beside its marker is one a command refuses to recreate.
        foreach (var suffix in new[] { "", "-wal", "-shm", ".identity" }) File.Delete(database + suffix);
        foreach (var jobs in Directory.EnumerateFiles(Path.GetDirectoryName(database)!, "hangfire*")) File.Delete(jobs);
    }

    [GeneratedRegex(@"^\s+rows ([\d,]+):", RegexOptions.Multiline)]
    private static partial Regex DataRows();
}
