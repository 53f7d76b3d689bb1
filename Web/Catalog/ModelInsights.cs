using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Web.Catalog;

public sealed record CurvePoint(int K, double Inertia, double Silhouette);

/// <summary>One cluster's size and mean features (in the features' own units).</summary>
public sealed record ClusterProfile(int Cluster, int Tracks, AudioFeatures Mean);

/// <summary>A sampled track on the first two principal components of the scaled features.</summary>
public sealed record ScatterPoint(double X, double Y, int Cluster);

public sealed record ModelPicture(ModelVersion Version, IReadOnlyList<CurvePoint> Curve, int? Knee, string? KRule,
    IReadOnlyList<ClusterProfile> Profiles, IReadOnlyList<ScatterPoint> Scatter, double[] AxisVariance, int CatalogTracks);

/// <summary>
/// What the model page draws for one version: the k-selection curves stored with it (inertia for
/// the elbow, silhouette), each cluster's mean features, and a sample of its tracks on a 2D PCA.
/// </summary>
public sealed class ModelInsights(AppDbContext db)
{
    public const int ScatterSample = 800;

    public async Task<ModelPicture?> DrawAsync(int modelVersionId, CancellationToken cancellationToken)
    {
        var version = await db.ModelVersions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == modelVersionId, cancellationToken);
        if (version is null) return null;
        var (curve, knee, rule) = Metrics(version.MetricsJson);

        var assigned = db.ClusterAssignments.AsNoTracking().Where(a => a.ModelVersionId == modelVersionId);
        var profiles = (await (
                from a in assigned
                join t in db.Tracks.AsNoTracking() on a.TrackId equals t.Id
                group t by a.Cluster into g
                select new
                {
                    Cluster = g.Key, Count = g.Count(), D = g.Average(t => t.Danceability), E = g.Average(t => t.Energy), L = g.Average(t => t.Loudness),
                    S = g.Average(t => t.Speechiness), A = g.Average(t => t.Acousticness), I = g.Average(t => t.Instrumentalness),
                    Li = g.Average(t => t.Liveness), V = g.Average(t => t.Valence), T = g.Average(t => t.Tempo),
                })
            .ToListAsync(cancellationToken))
            .OrderBy(p => p.Cluster)
            .Select(p => new ClusterProfile(p.Cluster, p.Count, new AudioFeatures(p.D, p.E, p.L, p.S, p.A, p.I, p.Li, p.V, p.T)))
            .ToList();

        var total = profiles.Sum(p => p.Tracks);
        var stride = Math.Max(1, (int)Math.Ceiling(total / (double)ScatterSample));
        var sample = await (
                from a in assigned
                join t in db.Tracks.AsNoTracking() on a.TrackId equals t.Id
                where a.TrackId % stride == 0
                orderby a.TrackId
                select new { a.Cluster, t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo })
            .Take(ScatterSample)
            .ToListAsync(cancellationToken);
        var (scatter, variance) = Project(version, sample.Select(s => (s.Cluster, new AudioFeatures(s.Danceability, s.Energy, s.Loudness, s.Speechiness,
            s.Acousticness, s.Instrumentalness, s.Liveness, s.Valence, s.Tempo))).ToList());
        return new ModelPicture(version, curve, knee, rule, profiles, scatter, variance, total);
    }

    /// <summary>The sample scaled as the model scales, on its own first two principal components.</summary>
    private static (IReadOnlyList<ScatterPoint>, double[]) Project(ModelVersion version, List<(int Cluster, AudioFeatures Features)> sample)
    {
        if (sample.Count < 3) return ([], []);
        var scaler = ModelParameters.Deserialize(version.ParametersJson).ToModel().Scaler;
        var rows = sample.Select(s => scaler.Transform(s.Features.ToArray())).ToList();
        var fit = new PrincipalComponents(null).Fit(RowMatrix.FromRows(rows));
        if (fit.Projection is not { OutputDimension: >= 2 } projection) return ([], []);
        var points = new List<ScatterPoint>(rows.Count);
        var projected = new double[projection.OutputDimension];
        for (var i = 0; i < rows.Count; i++)
        {
            projection.Transform(rows[i], projected);
            points.Add(new ScatterPoint(Math.Round(projected[0], 3), Math.Round(projected[1], 3), sample[i].Cluster));
        }
        return (points, fit.ExplainedVarianceRatio[..2]);
    }

    private static (IReadOnlyList<CurvePoint>, int?, string?) Metrics(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var curve = root.TryGetProperty("curve", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(p => new CurvePoint(p.GetProperty("k").GetInt32(), p.GetProperty("inertia").GetDouble(), p.GetProperty("silhouette").GetDouble())).ToList()
                : [];
            int? knee = root.TryGetProperty("knee", out var k) && k.ValueKind == JsonValueKind.Number ? k.GetInt32() : null;
            var rule = root.TryGetProperty("kRule", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return (curve, knee, rule);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return ([], null, null);
        }
    }
}
