using System.Diagnostics;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>Median and 99th percentile of one route's response times, and how many answered 2xx.</summary>
internal sealed record LatencySummary(int Requests, int Succeeded, double P50Ms, double P99Ms);

/// <summary>
/// Requests one at a time (latency, not throughput: <c>bench/load.sh</c> measures that), after a short
/// warm-up on the same paths, each read to the end.
/// </summary>
internal sealed class LatencyProbe(HttpClient http, Uri site)
{
    private const int WarmUp = 20;

    public async Task<LatencySummary> MeasureAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var all = paths.ToList();
        foreach (var path in all.Take(WarmUp)) await TimeAsync(path, cancellationToken);
        var times = new List<double>(all.Count);
        var succeeded = 0;
        foreach (var path in all)
        {
            var (ms, ok) = await TimeAsync(path, cancellationToken);
            times.Add(ms);
            if (ok) succeeded++;
        }
        times.Sort();
        return new LatencySummary(times.Count, succeeded, Percentile(times, 0.50), Percentile(times, 0.99));
    }

    private async Task<(double Ms, bool Ok)> TimeAsync(string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(new Uri(site, path), cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, response.IsSuccessStatusCode);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
