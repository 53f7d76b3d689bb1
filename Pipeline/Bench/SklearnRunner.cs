using System.Diagnostics;
using System.Text.Json;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Bench;

internal sealed record SklearnKMeans(double Seconds, double Inertia, int NIter);

internal sealed record SklearnResult(
    IReadOnlyDictionary<string, SklearnKMeans> KMeans,
    double CosineMedianMs,
    IReadOnlyList<int[]> CosineTop,
    double PeakRssMb,
    string Versions,
    int? Threads);

/// <summary>
/// Runs bench/sklearn_bench.py on the very matrices the .NET side used, written as raw float64
/// files to a temporary folder, and reads back its timings. Null (with the reason) when Python or
/// scikit-learn is not there.
/// </summary>
internal sealed class SklearnRunner(string python, string script)
{
    public async Task<(SklearnResult? Result, string? Skipped)> RunAsync(
        IReadOnlyDictionary<string, RowMatrix> kmeansData, string catalogName, RowMatrix queries,
        int k, int nInit, int seed, double tolerance, int top, CancellationToken cancellationToken)
    {
        if (!File.Exists(python)) return (null, $"{python} not found");
        if (!File.Exists(script)) return (null, $"{script} not found");
        var folder = Directory.CreateTempSubdirectory("musicrec-bench-");
        try
        {
            async Task<object> WriteAsync(string name, RowMatrix x)
            {
                var file = Path.Combine(folder.FullName, name + ".f64");
                await File.WriteAllBytesAsync(file, System.Runtime.InteropServices.MemoryMarshal.AsBytes(x.Values.AsSpan()).ToArray(), cancellationToken);
                return new { name, file, rows = x.Rows, cols = x.Columns };
            }
            var entries = new Dictionary<string, object>();
            foreach (var (name, x) in kmeansData) entries[name] = await WriteAsync(name, x);
            var manifest = new
            {
                kmeans = entries.Values,
                catalog = entries[catalogName],
                queries = await WriteAsync("queries", queries),
                k, nInit, seed, tol = tolerance, top,
            };
            var manifestPath = Path.Combine(folder.FullName, "manifest.json");
            var resultPath = Path.Combine(folder.FullName, "result.json");
            await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest), cancellationToken);

            using var process = Process.Start(new ProcessStartInfo(python, [script, manifestPath, resultPath])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                var message = (await errors).Trim();
                return (null, message.Contains("No module named", StringComparison.Ordinal)
                    ? "python3-sklearn is not installed (apt-get install -y python3-sklearn)"
                    : $"sklearn_bench.py failed: {message.Split('\n')[^1]}");
            }
            return (Parse(await File.ReadAllTextAsync(resultPath, cancellationToken)), null);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static SklearnResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var kmeans = root.GetProperty("kmeans").EnumerateObject().ToDictionary(
            p => p.Name,
            p => new SklearnKMeans(p.Value.GetProperty("seconds").GetDouble(), p.Value.GetProperty("inertia").GetDouble(), p.Value.GetProperty("nIter").GetInt32()));
        var cosine = root.GetProperty("cosine");
        var versions = string.Join(", ", root.GetProperty("versions").EnumerateObject().Select(p => $"{p.Name} {p.Value.GetString()}"));
        int? threads = root.GetProperty("threads").ValueKind == JsonValueKind.Number ? root.GetProperty("threads").GetInt32() : null;
        return new SklearnResult(
            kmeans,
            cosine.GetProperty("medianMs").GetDouble(),
            cosine.GetProperty("top").EnumerateArray().Select(a => a.EnumerateArray().Select(e => e.GetInt32()).ToArray()).ToArray(),
            root.GetProperty("peakRssMb").GetDouble(),
            versions,
            threads);
    }
}
