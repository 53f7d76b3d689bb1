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
/// Trains one target catalog from the database: load → clean → scale → PCA → choose k → k-means →
/// evaluate → store → gate → activate. The fit itself (Pipeline/Training) does no I/O; this class owns
/// the reads and writes. A run that throws or is rejected leaves the active model as it was.
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
            .Select(t => new { t.Id, t.SpotifyId, t.Artists, Features = new[] { t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo } })
            .ToListAsync(cancellationToken);
        var trackIds = tracks.ToDictionary(t => t.SpotifyId, t => t.Id, StringComparer.Ordinal);

        // Stored artists are joined with ", "; the cleaner matches excluded names as whole segments.
        var cleaned = new DataCleaner(Exclusions(catalog), ", ").Clean(tracks.Select(t => new TrainingRow(t.SpotifyId, t.Artists, t.Features)));
        progress?.Report($"{catalog.Name()}: {cleaned.Kept.Count:N0} of {cleaned.Input:N0} tracks kept ({cleaned.ZeroTempo} tempo 0, {cleaned.ExcludedArtists} excluded artists, {cleaned.OutOfRange + cleaned.MissingFeatures} invalid)");
        var minimumRows = Math.Max(settings.K ?? settings.KMax, 2) * 2;
        if (cleaned.Kept.Count < minimumRows)
            throw new InvalidOperationException($"The {catalog.Name()} catalog has {cleaned.Kept.Count} usable tracks (at least {minimumRows} needed); import a catalog first.");

        progress?.Report(settings.K is null ? $"{catalog.Name()}: choosing k from 2 to {settings.KMax} and fitting" : $"{catalog.Name()}: fitting k = {settings.K}");
        var stopwatch = Stopwatch.StartNew();
        var rows = cleaned.Kept.Select(r => r.Features).ToArray();
        var trained = await Task.Run(() => new TrainingPipeline(settings).Fit(rows), cancellationToken);
        stopwatch.Stop();
        progress?.Report($"{catalog.Name()}: k = {trained.K}, silhouette {trained.Silhouette:F3}, inertia {trained.Inertia:F1} ({stopwatch.Elapsed.TotalSeconds:F1} s)");

        var keptIds = cleaned.Kept.Select(r => trackIds[r.Id]).ToArray();
        var version = await StoreAsync(catalog, settings, trained, keptIds, cleaned, stopwatch.Elapsed, cancellationToken);
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
            PcaVariance = options.Pca > 0 ? options.Pca : null,
        };
    }

    private IReadOnlyList<string> Exclusions(TargetCatalog catalog) => catalog switch
    {
        TargetCatalog.Anime => options.Value.ExcludeFromAnime ?? ArtistExclusions.NotAnime,
        _ => options.Value.ExcludeFromKpop ?? ArtistExclusions.NotKpop,
    };

    private async Task<ModelVersion> StoreAsync(TargetCatalog catalog, TrainingSettings settings, TrainedModel trained, int[] trackIds, CleanResult cleaned, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var previous = await db.ModelVersions.Where(m => m.Catalog == catalog).MaxAsync(m => (int?)m.Version, cancellationToken) ?? 0;
        var metrics = new
        {
            trained.Inertia,
            trained.Silhouette,
            trained.SilhouetteSampleSize,
            trained.Iterations,
            trained.ClusterSizes,
            trained.Curve,
            trained.Knee,
            trained.KRule,
            trained.ExplainedVarianceRatio,
            Scalers = trained.Model.Scaler.Kinds,
            Clean = new { cleaned.Input, Kept = cleaned.Kept.Count, cleaned.MissingFeatures, cleaned.OutOfRange, cleaned.ZeroTempo, cleaned.ExcludedArtists, cleaned.DuplicateIds },
            TrainingSeconds = elapsed.TotalSeconds,
        };
        var version = new ModelVersion
        {
            Catalog = catalog,
            Version = previous + 1,
            Status = ModelStatus.Candidate,
            TrainedAt = clock.GetUtcNow().UtcDateTime,
            K = trained.K,
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
