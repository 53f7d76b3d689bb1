using System.Globalization;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>fit</c>: the training pipeline on any CSV, written to a JSON report (<see cref="FitReport"/>).
/// Option names and JSON field names are a contract with scripts outside this repository.
/// </summary>
public static class FitCommand
{
    public const string Usage =
        "--input CSV --features f1,f2,... [--scaler standard|robust|minmax|auto] [--pca 0.95|none] " +
        "[--k N|auto] [--k-max N] [--n-init N] [--seed N] [--init-rows i,j,...] --output FILE.json";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var input = cli.RequiredText("input");
        var features = List(cli.RequiredText("features"), "features");
        var scaler = ParseScaler(cli.Text("scaler") ?? "standard");
        var pca = ParsePca(cli.Text("pca") ?? "0.95");
        var kText = cli.Text("k") ?? "auto";
        int? k = kText == "auto" ? null : int.TryParse(kText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedK) && fixedK >= 1
            ? fixedK
            : throw new CliException($"Option --k must be a whole number of at least 1 or 'auto', not '{kText}'.");
        var kMax = cli.WholeNumber("k-max", 2, 1000) ?? 12;
        var nInit = cli.WholeNumber("n-init", 1, 10_000);
        var seed = cli.WholeNumber("seed") ?? 42;
        var initText = cli.Text("init-rows");
        var output = cli.RequiredText("output");
        cli.EnsureAllUsed();

        int[]? initRows = null;
        if (initText is not null)
        {
            initRows = List(initText, "init-rows").Select(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r >= 0
                ? r
                : throw new CliException($"Option --init-rows takes row indices (whole numbers ≥ 0), not '{t}'.")).ToArray();
            if (nInit is not null) throw new CliException("Options --init-rows and --n-init cannot be combined: a given start is one run.");
            if (k is not null && k != initRows.Length) throw new CliException($"Option --k is {k} but --init-rows names {initRows.Length} rows.");
            k = initRows.Length;
        }
        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (!Directory.Exists(outputDirectory)) throw new CliException($"Output folder '{outputDirectory}' does not exist.");

        var table = FeatureCsv.Read(input, features);
        cancellationToken.ThrowIfCancellationRequested();
        if (table.Rows.Rows < 2) throw new CliException($"'{input}' has {table.Rows.Rows} complete rows; fitting needs at least 2.");
        if (initRows?.FirstOrDefault(r => r >= table.Rows.Rows, -1) is >= 0 and var bad)
            throw new CliException($"--init-rows names row {bad}, but only {table.Rows.Rows} rows remain after skipping.");
        if (k > table.Rows.Rows) throw new CliException($"k = {k} needs at least {k} rows; '{input}' has {table.Rows.Rows}.");
        if (k is null && table.Rows.Rows < 3) throw new CliException($"Choosing k needs at least 3 rows; '{input}' has {table.Rows.Rows}.");

        var settings = new TrainingSettings
        {
            Scaler = scaler,
            PcaVariance = pca,
            K = k,
            KMax = kMax,
            NInit = nInit ?? 10,
            Seed = seed,
            InitRows = initRows,
        };
        TrainedModel model;
        try
        {
            model = new TrainingPipeline(settings).Fit(table.Rows);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The data cannot be fitted as asked (say, fewer distinct rows than clusters): not a usage error.
            await Console.Error.WriteLineAsync($"error: fit failed: {e.Message}");
            return 1;
        }
        await FitReport.WriteAsync(output, FitReport.From(input, table, settings, model), cancellationToken);

        await Console.Out.WriteLineAsync(
            $"fit: {table.Rows.Rows} rows ({table.SkippedIncomplete} incomplete, {table.DuplicateIds} duplicate ids skipped), " +
            $"k = {model.K} ({model.KRule}), inertia {model.Inertia:F4}, silhouette {model.Silhouette:F4}, {model.Iterations} iterations → {output}");
        return 0;
    }

    private static string[] List(string text, string option)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length > 0 ? items : throw new CliException($"Option --{option} needs a comma-separated list.");
    }

    private static ScalerKind? ParseScaler(string text) => text switch
    {
        "standard" => ScalerKind.Standard,
        "robust" => ScalerKind.Robust,
        "minmax" => ScalerKind.MinMax,
        "auto" => null,
        _ => throw new CliException($"Option --scaler must be standard, robust, minmax or auto, not '{text}'."),
    };

    private static double? ParsePca(string text)
    {
        if (text == "none") return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1) return value;
        throw new CliException($"Option --pca must be a variance share in (0, 1] such as 0.95, or 'none', not '{text}'.");
    }
}
