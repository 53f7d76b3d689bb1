using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Models;

/// <summary>A catalog's tracks as training sees them: the cleaned feature rows and the track id of each.</summary>
public sealed record TrainingData(TargetCatalog Catalog, double[][] Rows, int[] TrackIds, CleanResult Cleaned);

/// <summary>A fit and how long it took.</summary>
public sealed record FittedModel(TrainedModel Trained, TimeSpan Elapsed);

/// <summary>
/// The steps of training one target catalog from the database — load → clean → scale → PCA → choose k →
/// k-means → evaluate → store → gate — each its own method, so the one run that orchestrates them
/// (<see cref="Retraining.RetrainRunner"/>, for the schedule, "Retrain now", the first start and the
/// command line alike) records every step. The fit itself (Pipeline/Training) does no I/O; this class
/// owns the reads and writes. Activation is <see cref="ModelActivator"/>'s.
/// </summary>
public sealed class CatalogTrainer(AppDbContext db, IOptions<TrainingOptions> options, TimeProvider clock)
{
    public TrainingSettings Settings => SettingsFromOptions(options.Value);

    /// <summary>Loads the catalog's tracks and cleans them; throws when too few are left to train on.</summary>
    public async Task<TrainingData> LoadAsync(TargetCatalog catalog, TrainingSettings settings, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
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
        return new TrainingData(catalog, cleaned.Kept.Select(r => r.Features).ToArray(), cleaned.Kept.Select(r => trackIds[r.Id]).ToArray(), cleaned);
    }

    /// <summary>
    /// Fits on a worker thread. The fit has no cancellation points of its own, so a cancelled wait returns
    /// at once and leaves the (I/O-free) fit to finish unobserved.
    /// </summary>
    public static async Task<FittedModel> FitAsync(TrainingData data, TrainingSettings settings, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = data.Catalog.Name();
        progress?.Report(settings.K is null ? $"{name}: choosing k from 2 to {settings.KMax} and fitting" : $"{name}: fitting k = {settings.K}");
        var stopwatch = Stopwatch.StartNew();
        var trained = await Task.Run(() => new TrainingPipeline(settings).Fit(data.Rows), cancellationToken).WaitAsync(cancellationToken);
        stopwatch.Stop();
        progress?.Report($"{name}: k = {trained.K}, silhouette {trained.Silhouette:F3}, inertia {trained.Inertia:F1} ({stopwatch.Elapsed.TotalSeconds:F1} s)");
        return new FittedModel(trained, stopwatch.Elapsed);
    }

    /// <summary>Null when the silhouette passes <c>Training:MinSilhouette</c>, else why the model is rejected.</summary>
    public string? GateVerdict(double silhouette)
    {
        var minimum = options.Value.MinSilhouette;
        return silhouette >= minimum
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Silhouette {silhouette:F3} is below the gate of {minimum:F3} (Training:MinSilhouette).");
    }

    /// <summary>Keeps the version as rejected, with the reason; the active model keeps serving.</summary>
    public async Task RejectAsync(ModelVersion version, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        version.Status = ModelStatus.Rejected;
        version.RejectionReason = reason.Length > 1000 ? reason[..1000] : reason;
        await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>Stores the fit as a candidate version with every parameter, the metrics and each track's cluster.</summary>
    public async Task<ModelVersion> StoreAsync(TrainingData data, TrainingSettings settings, FittedModel fitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(fitted);
        var (catalog, trackIds, cleaned, trained, elapsed) = (data.Catalog, data.TrackIds, data.Cleaned, fitted.Trained, fitted.Elapsed);
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
