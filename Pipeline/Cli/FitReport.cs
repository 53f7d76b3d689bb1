using System.Text.Json;
using System.Text.Json.Serialization;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// The JSON <c>fit</c> writes. Contract fields: <c>k, inertia, silhouette, nIter, labels</c> (input
/// row order after skipping), <c>centers</c> (in the clustered space: scaled, then projected),
/// <c>nComponents, explainedVarianceRatio</c> (null without PCA) and <c>scaler</c>. The rest says how
/// the fit came about.
/// </summary>
public sealed record FitReport(
    string Input,
    IReadOnlyList<string> Features,
    string? IdColumn,
    int RowsRead,
    int RowsUsed,
    int SkippedIncomplete,
    int DuplicateIds,
    int K,
    double Inertia,
    double Silhouette,
    int SilhouetteSampleSize,
    int NIter,
    int[] Labels,
    IReadOnlyList<IReadOnlyList<double>> Centers,
    int[] ClusterSizes,
    int? NComponents,
    IReadOnlyList<double>? ExplainedVarianceRatio,
    IReadOnlyList<double>? PcaMean,
    IReadOnlyList<IReadOnlyList<double>>? Components,
    ScalerReport Scaler,
    string KRule,
    int? Knee,
    IReadOnlyList<KCurvePoint> Curve,
    int Seed,
    int NInit,
    IReadOnlyList<int>? InitRows)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static FitReport From(string input, FeatureTable table, TrainingSettings settings, TrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(model);
        var projection = model.Model.Projection;
        return new FitReport(
            input, table.Features, table.IdColumn, table.RowsRead, table.Rows.Rows, table.SkippedIncomplete, table.DuplicateIds,
            model.K, model.Inertia, model.Silhouette, model.SilhouetteSampleSize, model.Iterations, model.Labels,
            model.Model.Centroids, model.ClusterSizes,
            projection?.OutputDimension, projection is null ? null : model.ExplainedVarianceRatio, projection?.Mean, projection?.Components,
            ScalerReport.From(settings.Scaler, table.Features, model.Model.Scaler),
            model.KRule, model.Knee, model.Curve, settings.Seed, settings.InitRows is null ? settings.NInit : 1, settings.InitRows);
    }

    public static async Task WriteAsync(string path, FitReport report, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, report, Json, cancellationToken);
    }
}

/// <summary>The scaler as asked for (<c>kind</c>, possibly "auto") and as fitted, per feature.</summary>
public sealed record ScalerReport(string Kind, IReadOnlyList<FeatureScaling> Features)
{
    public static ScalerReport From(ScalerKind? requested, IReadOnlyList<string> names, FeatureScaler scaler)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(scaler);
        return new ScalerReport(
            requested is { } kind ? Name(kind) : "auto",
            names.Select((name, j) => FeatureScaling.From(name, scaler.Kinds[j], scaler.Center[j], scaler.Scale[j])).ToArray());
    }

    public static string Name(ScalerKind kind) => kind switch
    {
        ScalerKind.Standard => "standard",
        ScalerKind.Robust => "robust",
        ScalerKind.MinMax => "minmax",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>x' = (x − center) / scale, plus the same two numbers under their usual names.</summary>
public sealed record FeatureScaling(string Name, string Kind, double Center, double Scale, IReadOnlyDictionary<string, double> Parameters)
{
    public static FeatureScaling From(string name, ScalerKind kind, double center, double scale) => new(
        name, ScalerReport.Name(kind), center, scale, kind switch
        {
            ScalerKind.Standard => new Dictionary<string, double> { ["mean"] = center, ["std"] = scale },
            ScalerKind.Robust => new Dictionary<string, double> { ["median"] = center, ["iqr"] = scale },
            _ => new Dictionary<string, double> { ["min"] = center, ["max"] = center + scale },
        });
}
