using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Models;

public sealed record TrainingOutcome(int ModelVersionId, TargetCatalog Catalog, int Version, ModelStatus Status, int K, double Silhouette, int TrackCount, string? RejectionReason);

/// <summary>
/// Trains one target catalog from the database: load → clean → fit → store → gate → activate.
/// The fit itself (Pipeline/Training) does no I/O; this class owns the reads and writes. A run that
/// throws or is rejected leaves the active model as it was.
/// </summary>
public sealed class CatalogTrainer(AppDbContext db, IOptions<TrainingOptions> options, TimeProvider clock, ILogger<CatalogTrainer> logger)
{
    public async Task<TrainingOutcome> TrainAsync(TargetCatalog catalog, TrainingSettings? overrides = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var settings = overrides ?? SettingsFromOptions(options.Value);
        progress?.Report($"{catalog.Name()}: loading tracks");
        var flag = catalog.AsCatalogs();
        var tracks = await db.Tracks.AsNoTracking()
            .Where(t => (t.Catalogs & flag) != 0)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Artists, Features = new[] { t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo } })
            .ToListAsync(cancellationToken);

        var excluded = new HashSet<string>(options.Value.ExcludedArtists, StringComparer.OrdinalIgnoreCase);
        var kept = tracks.Where(t => t.Features[8] > 0 && !t.Artists.Split(", ").Any(excluded.Contains)).ToList();
        if (kept.Count < Math.Max(settings.K ?? 2, 2) * 2)
            throw new InvalidOperationException($"The {catalog.Name()} catalog has {kept.Count} usable tracks; import a catalog first.");
        progress?.Report($"{catalog.Name()}: fitting on {kept.Count:N0} tracks ({tracks.Count - kept.Count:N0} left out)");

        var stopwatch = Stopwatch.StartNew();
        var rows = kept.Select(t => t.Features).ToArray();
        var trained = await Task.Run(() => new TrainingPipeline(settings).Fit(rows), cancellationToken);
        stopwatch.Stop();
        progress?.Report($"{catalog.Name()}: k = {trained.Model.K}, silhouette {trained.Silhouette:F3}, inertia {trained.Inertia:F1} ({stopwatch.Elapsed.TotalSeconds:F1} s)");

        var version = await StoreAsync(catalog, settings, trained, kept.Select(t => t.Id).ToArray(), tracks.Count - kept.Count, stopwatch.Elapsed, cancellationToken);
        var minimum = options.Value.MinSilhouette;
        if (trained.Silhouette >= minimum)
        {
            await ModelActivation.ActivateAsync(db, version.Id, clock, cancellationToken);
            version.Status = ModelStatus.Active;
        }
        else
        {
            version.Status = ModelStatus.Rejected;
            version.RejectionReason = string.Create(CultureInfo.InvariantCulture, $"Silhouette {trained.Silhouette:F3} is below the gate of {minimum:F3} (Training:MinSilhouette).");
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Trained {Catalog} model v{Version}: k={K} silhouette={Silhouette:F3} → {Status}", catalog.Name(), version.Version, version.K, version.Silhouette, version.Status);
        return new TrainingOutcome(version.Id, catalog, version.Version, version.Status, version.K, version.Silhouette, version.TrackCount, version.RejectionReason);
    }

    public static TrainingSettings SettingsFromOptions(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TrainingSettings
        {
            K = options.K == "auto" ? null : int.Parse(options.K, CultureInfo.InvariantCulture),
            KMax = options.KMax,
            NInit = options.NInit,
            Seed = options.Seed,
            Scaler = options.Scaler switch
            {
                "robust" => ScalerKind.Robust,
                "minmax" => ScalerKind.MinMax,
                "auto" => null,
                _ => ScalerKind.Standard,
            },
            PcaVariance = options.Pca,
        };
    }

    private async Task<ModelVersion> StoreAsync(TargetCatalog catalog, TrainingSettings settings, TrainedModel trained, int[] trackIds, int leftOut, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var previous = await db.ModelVersions.Where(m => m.Catalog == catalog).MaxAsync(m => (int?)m.Version, cancellationToken) ?? 0;
        var metrics = new
        {
            trained.Inertia,
            trained.Silhouette,
            trained.SilhouetteSampleSize,
            trained.Iterations,
            trained.ClusterSizes,
            Curve = trained.Curve,
            TracksLeftOut = leftOut,
            TrainingSeconds = elapsed.TotalSeconds,
        };
        var version = new ModelVersion
        {
            Catalog = catalog,
            Version = previous + 1,
            Status = ModelStatus.Candidate,
            TrainedAt = clock.GetUtcNow().UtcDateTime,
            K = trained.Model.K,
            Silhouette = trained.Silhouette,
            Inertia = trained.Inertia,
            TrackCount = trackIds.Length,
            ParametersJson = ModelParameters.From(trained.Model, AudioFeatures.Names, settings).Serialize(),
            MetricsJson = JsonSerializer.Serialize(metrics, ModelParameters.Json),
            Assignments = trackIds.Select((id, i) => new ClusterAssignment { TrackId = id, Cluster = trained.Labels[i] }).ToList(),
        };
        db.ModelVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
