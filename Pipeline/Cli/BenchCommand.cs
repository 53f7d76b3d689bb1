using System.Diagnostics;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure;
using MusicRecommender.Pipeline.Bench;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>bench</c>: k-means on the real 114k-row catalog and on a synthetic million rows, and top-10
/// cosine queries over a million tracks, beside scikit-learn/numpy run on the same numbers in the
/// same run. Not part of the tests: timings need a quiet machine and Release.
/// </summary>
public static class BenchCommand
{
    public const string Usage =
        "[--data CSV] [--rows 1000000] [--k 8] [--n-init 10] [--tol 0] [--sklearn-tol 1e-4] [--seed 42] [--queries 200] " +
        "[--part all|kmeans|queries] [--python /usr/bin/python3] [--no-sklearn]\n" +
        "  bench --scale [--rows 1000000] [--seed 42] [--requests 300] [--work FOLDER]   import, search and serve a million tracks beside the seed";

    private static readonly string[] Features = [.. Domain.Catalog.AudioFeatures.Names];

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var root = RepositoryPaths.FindRoot() ?? Directory.GetCurrentDirectory();
        if (cli.Has("scale")) return await RunScaleAsync(cli, root, cancellationToken);
        var data = cli.Text("data") ?? Path.Combine(root, "..", "shared", "data", "spotify_tracks_multigenre.csv");
        var rows = cli.WholeNumber("rows", 1000, 50_000_000) ?? 1_000_000;
        var k = cli.WholeNumber("k", 2, 1000) ?? 8;
        var nInit = cli.WholeNumber("n-init", 1, 1000) ?? 10;
        // Each side's default stopping rule: ours runs to strict convergence, sklearn stops at tol 1e-4.
        var tolerance = cli.Number("tol", 0, 1) ?? 0;
        var sklearnTolerance = cli.Number("sklearn-tol", 0, 1) ?? 1e-4;
        var part = cli.Text("part") ?? "all";
        if (part is not ("all" or "kmeans" or "queries")) throw new CliException($"Option --part must be all, kmeans or queries, not '{part}'.");
        var seed = cli.WholeNumber("seed") ?? 42;
        var queryCount = cli.WholeNumber("queries", 1, 100_000) ?? 200;
        var python = cli.Text("python") ?? "/usr/bin/python3";
        var noSklearn = cli.Has("no-sklearn");
        cli.EnsureAllUsed();
        const int top = 10;
        int[] probes = [1, 2, 4];
        int[][] exactTop = [];

        var table = new BenchTable(Console.Out);
        table.Header(k, nInit, tolerance, sklearnTolerance, seed);
        if (!Debugger.IsAttached && typeof(BenchCommand).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
                .OfType<DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled))
            table.Note("warning: this is a Debug build; run with -c Release for meaningful times.");

        // All 114,000 rows, as the dataset ships (a track listed under several genres counts each time).
        var real = FeatureCsv.Read(data, Features, deduplicate: false);
        var standardized = ScalerFitter.Transform(new ScalerFitter(ScalerKind.Standard).Fit(real.Rows), real.Rows);
        var synthetic = SyntheticData.Blobs(rows, Features.Length, seed);
        var queries = SyntheticData.MoreFromSameBlobs(queryCount, Features.Length, seed, seed + 1);
        var datasets = new Dictionary<string, RowMatrix>
        {
            [$"multi-genre {standardized.Rows:N0} × 9, standardized"] = standardized,
            [$"synthetic {rows:N0} × 9"] = synthetic,
        };

        var ours = new Dictionary<string, (double Seconds, KMeansResult Fit)>();
        foreach (var (name, x) in datasets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (part == "queries" && x != synthetic) continue;
            var started = Stopwatch.GetTimestamp();
            var fit = new KMeans(k, part == "queries" ? 1 : nInit, 300, seed, tolerance).Fit(x);
            ours[name] = (Stopwatch.GetElapsedTime(started).TotalSeconds, fit);
        }

        var index = QueryBench.Build(synthetic, ours.Last().Value.Fit);
        // nprobe = k is shown too: it returns the exact answer, so it tells how much of the speed is pruning.
        var timings = part == "kmeans" ? null : QueryBench.Run(index, queries, top, [.. probes, k], out exactTop);
        var ourPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

        SklearnResult? sklearn = null;
        string? skipped = noSklearn ? "--no-sklearn" : $"--part {part}";
        if (!noSklearn && part == "all")
        {
            var script = Path.Combine(root, "bench", "sklearn_bench.py");
            (sklearn, skipped) = await new SklearnRunner(python, script).RunAsync(
                datasets, datasets.Keys.Last(), queries, k, nInit, seed, sklearnTolerance, top, cancellationToken);
        }

        if (part != "queries") table.KMeans(ours, sklearn);
        if (timings is not null) table.Queries(index.Count, queries.Rows, timings, sklearn, exactTop);
        table.Memory(ourPeakMb, sklearn);
        table.Targets(part == "queries" ? new Dictionary<string, (double, KMeansResult)>() : ours, timings, sklearn, skipped);
        return 0;
    }

    private static async Task<int> RunScaleAsync(CliArguments cli, string root, CancellationToken cancellationToken)
    {
        var rows = cli.WholeNumber("rows", 1000, 5_000_000) ?? 1_000_000;
        var seed = cli.WholeNumber("seed") ?? 42;
        var requests = cli.WholeNumber("requests", 20, 100_000) ?? 300;
        var work = Path.GetFullPath(cli.Text("work") ?? Path.Combine(Path.GetTempPath(), "musicrecommender-scale"));
        cli.EnsureAllUsed();
        return await new ScaleBench(root, work, rows, seed, requests, Console.Out).RunAsync(cancellationToken);
    }
}
