using System.Globalization;
using System.Runtime.InteropServices;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>The bench's printed table: figures as ratios against baselines measured in the same run.</summary>
internal sealed class BenchTable(TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Header(int k, int nInit, double tolerance, double sklearnTolerance, int seed)
    {
        Line($"MusicRecommender bench — {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}{LoadAverage()}");
        Line($"k-means: k = {k}, {nInit} k-means++ starts, seed {seed}, same data for both sides; stopping: ours tol {tolerance:G3}" +
             $"{(tolerance == 0 ? " (until no label changes)" : "")}, sklearn tol {sklearnTolerance:G3} (its default is 1e-4)");
        Line("");
    }

    public void Note(string text) => Line(text);

    public void KMeans(IReadOnlyDictionary<string, (double Seconds, KMeansResult Fit)> ours, SklearnResult? sklearn)
    {
        Line($"{"k-means fit",-42} {"ours",9} {"sklearn",9} {"ours÷sk",8} {"inertia ours",15} {"inertia sk",15} {"Δ inertia",10} {"iter",5}");
        foreach (var (name, (seconds, fit)) in ours)
        {
            var theirs = sklearn?.KMeans.GetValueOrDefault(name);
            Line($"{name,-42} {Seconds(seconds),9} {(theirs is null ? "—" : Seconds(theirs.Seconds)),9} {(theirs is null ? "—" : Ratio(seconds / theirs.Seconds)),8} " +
                 $"{fit.Inertia,15:F1} {(theirs is null ? "—" : theirs.Inertia.ToString("F1", Invariant)),15} " +
                 $"{(theirs is null ? "—" : Relative(fit.Inertia / theirs.Inertia - 1)),10} {fit.Iterations,5}");
        }
        Line("");
    }

    public void Queries(int tracks, int queries, IReadOnlyList<QueryTiming> timings, SklearnResult? sklearn, int[][] exactTop)
    {
        var exact = timings[0].MedianMs;
        Line($"top-10 cosine, one query at a time over {tracks:N0} tracks ({queries} queries, median time per query)");
        Line($"{"mode",-42} {"time",9} {"exact÷it",9} {"recall@10",10} {"probed",8} {"scanned",8} {"÷numpy",8}");
        if (sklearn is not null)
        {
            var agree = exactTop.Zip(sklearn.CosineTop).Count(p => p.First.SequenceEqual(p.Second));
            Line($"{"numpy exact (matmul + argpartition)",-42} {Ms(sklearn.CosineMedianMs),9} {"",9} {"",10} {"100%",8} {"100%",8} {"1.00×",8}   same ten ids in order as ours: {agree}/{queries} queries");
        }
        foreach (var t in timings)
        {
            Line($"{t.Mode,-42} {Ms(t.MedianMs),9} {Ratio(exact / t.MedianMs),9} {t.Recall,10:F3} {Percent(t.ProbedShare),8} {Percent(t.ExaminedShare),8} " +
                 $"{(sklearn is null ? "—" : Ratio(t.MedianMs / sklearn.CosineMedianMs)),8}");
        }
        Line("");
    }

    public void Memory(double oursMb, SklearnResult? sklearn) =>
        Line($"peak memory: ours {oursMb:F0} MB (process peak working set, all of the above)" +
             (sklearn is null ? "" : $"; sklearn/numpy {sklearn.PeakRssMb:F0} MB (peak RSS of its process)") + "\n");

    public void Targets(IReadOnlyDictionary<string, (double Seconds, KMeansResult Fit)> ours, IReadOnlyList<QueryTiming>? timings, SklearnResult? sklearn, string? skipped)
    {
        if (sklearn is null) Line($"scikit-learn comparison skipped: {skipped}");
        else
        {
            Line($"baseline: {sklearn.Versions}, {sklearn.Threads?.ToString(Invariant) ?? "?"} threads");
            foreach (var (name, (seconds, fit)) in ours)
            {
                var theirs = sklearn.KMeans[name];
                Check($"k-means {name}: ≤ 1.0× sklearn time at no worse inertia", seconds <= theirs.Seconds && fit.Inertia <= theirs.Inertia * (1 + 1e-9));
            }
        }
        if (timings is null) return;
        var exact = timings[0];
        Check($"exact top-10 over the catalog ≤ 10 ms (median {Ms(exact.MedianMs)})", exact.MedianMs <= 10);
        var best = timings.Skip(1).Where(t => t.Recall >= 0.9 && !t.Mode.Contains("(all", StringComparison.Ordinal)).OrderBy(t => t.MedianMs).FirstOrDefault();
        Check(best is null
            ? "cluster mode ≥ 10× faster than exact at recall@10 ≥ 0.9 (no nprobe reached recall 0.9)"
            : $"cluster mode ≥ 10× faster than exact at recall@10 ≥ 0.9 ({best.Mode}: {Ratio(exact.MedianMs / best.MedianMs)}, recall {best.Recall:F3})",
            best is not null && exact.MedianMs / best.MedianMs >= 10);
    }

    /// <summary>Other work on the machine skews every timing; say how busy it was.</summary>
    private static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? $", load average {string.Join(' ', File.ReadAllText(path).Split(' ').Take(3))} at start" : "";
    }

    private void Check(string text, bool met) => Line($"  [{(met ? "met" : "MISSED")}] {text}");

    private void Line(string text) => output.WriteLine(text);

    private static string Percent(double share) => (share * 100).ToString("F1", Invariant) + "%";

    /// <summary>A relative difference in parts per million, signed (−0 shown as +0).</summary>
    private static string Relative(double difference) => (difference < 0 ? "−" : "+") + Math.Abs(difference * 1e6).ToString("F1", Invariant) + " ppm";

    private static string Seconds(double s) => s.ToString("F2", Invariant) + " s";

    private static string Ms(double ms) => ms.ToString(ms < 1 ? "F3" : "F2", Invariant) + " ms";

    private static string Ratio(double r) => r.ToString(r < 0.1 ? "F3" : r < 10 ? "F2" : "F1", Invariant) + "×";
}
