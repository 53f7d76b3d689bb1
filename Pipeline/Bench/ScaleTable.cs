using System.Globalization;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>The scale bench's table: each figure for the seed and the million side by side, the million's as a ratio too.</summary>
internal sealed class ScaleTable(TextWriter output)
{
    private const double ImportRatioTarget = 0.7;
    private const double ImportPeakLimitMb = 2048;
    private const double SearchP99LimitMs = 20;
    private const double SiteLimitMb = 1536;

    public void Print(IReadOnlyList<ScaleFigures> figures, int requests)
    {
        var (small, big) = (figures[0], figures[^1]);
        output.WriteLine();
        output.WriteLine($"scale bench — {Environment.ProcessorCount} cores, load {LoadAverage()}; latencies over {requests} requests one at a time");
        output.WriteLine($"{"",-34} {small.Name,18} {big.Name,26} {"big÷seed",9}");
        Row("rows imported", Count(small.Rows), Count(big.Rows), big.Rows / (double)small.Rows);
        Row("tracks stored", Count(small.Tracks), Count(big.Tracks), big.Tracks / (double)small.Tracks);
        Row("import rows/s", Count((int)small.RowsPerSecond), Count((int)big.RowsPerSecond), big.RowsPerSecond / small.RowsPerSecond);
        Row("import time", Seconds(small.ImportSeconds), Seconds(big.ImportSeconds), big.ImportSeconds / small.ImportSeconds);
        Row("import peak memory", Mb(small.ImportPeakMb), Mb(big.ImportPeakMb), big.ImportPeakMb / small.ImportPeakMb);
        Row("search corpus build (1st search)", Seconds(small.IndexSeconds), Seconds(big.IndexSeconds), big.IndexSeconds / small.IndexSeconds);
        Row("site start to ready", Seconds(small.SiteReadySeconds), Seconds(big.SiteReadySeconds), big.SiteReadySeconds / small.SiteReadySeconds);
        Row("site memory (resident)", Mb(small.SiteResidentMb), Mb(big.SiteResidentMb), big.SiteResidentMb / small.SiteResidentMb);
        Row("site memory (peak)", Mb(small.SitePeakMb), Mb(big.SitePeakMb), big.SitePeakMb / small.SitePeakMb);
        Latency("suggest", small.Suggest, big.Suggest);
        Latency("search", small.Search, big.Search);
        Latency("recommendations (trackId)", small.Recommend, big.Recommend);
        output.WriteLine();
        Target($"import rows/s ≥ {ImportRatioTarget}× the seed's", big.RowsPerSecond >= ImportRatioTarget * small.RowsPerSecond,
            $"{big.RowsPerSecond / small.RowsPerSecond:F2}×");
        Target($"import peak memory < {ImportPeakLimitMb:F0} MB", big.ImportPeakMb < ImportPeakLimitMb, Mb(big.ImportPeakMb));
        Target($"search p99 ≤ {SearchP99LimitMs:F0} ms over {big.Tracks:N0} tracks", big.Search.P99Ms <= SearchP99LimitMs, Ms(big.Search.P99Ms));
        Target($"site memory < {SiteLimitMb:F0} MB", big.SitePeakMb < SiteLimitMb, Mb(big.SitePeakMb));
        Target("every request answered 2xx", figures.All(f => Ok(f.Suggest) && Ok(f.Search) && Ok(f.Recommend)),
            string.Join(", ", figures.Select(f => $"{f.Name}: suggest {Failed(f.Suggest)}, search {Failed(f.Search)}, recommendations {Failed(f.Recommend)} not")));
    }

    private static bool Ok(LatencySummary s) => s.Succeeded == s.Requests;

    private static int Failed(LatencySummary s) => s.Requests - s.Succeeded;

    private void Latency(string name, LatencySummary small, LatencySummary big)
    {
        Row($"{name} p50", Ms(small.P50Ms), Ms(big.P50Ms), big.P50Ms / small.P50Ms);
        Row($"{name} p99", Ms(small.P99Ms), Ms(big.P99Ms), big.P99Ms / small.P99Ms);
    }

    private void Row(string name, string small, string big, double ratio) =>
        output.WriteLine($"{name,-34} {small,18} {big,26} {ratio.ToString("F2", CultureInfo.InvariantCulture) + "×",9}");

    private void Target(string name, bool met, string figure) => output.WriteLine($"{(met ? "met" : "MISSED"),-7} {name}: {figure}");

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " s";

    private static string Mb(double value) => value.ToString("F0", CultureInfo.InvariantCulture) + " MB";

    private static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
