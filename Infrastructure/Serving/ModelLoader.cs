using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// Builds <see cref="LoadedModel"/>s from the database and keeps the <see cref="ModelStore"/> in step
/// with the active versions (after a local activation, or one made by another process).
/// </summary>
public sealed class ModelLoader(IDbContextFactory<AppDbContext> contextFactory, ModelStore store, ILogger<ModelLoader> logger)
{
    /// <summary>Loads any catalog whose active version differs from the one served. Returns the catalogs swapped.</summary>
    public async Task<IReadOnlyList<TargetCatalog>> RefreshAsync(CancellationToken cancellationToken = default)
    {
        // What is served is read before the database: a swap made after this (an activation on this
        // instance, which commits first) then makes the compare-and-swap below give way.
        var served = CatalogNames.Targets.ToDictionary(c => c, store.Get);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.ModelVersions.AsNoTracking()
            .Where(m => m.Status == ModelStatus.Active)
            .Select(m => new { m.Id, m.Catalog })
            .ToListAsync(cancellationToken);
        var swapped = new List<TargetCatalog>();
        foreach (var catalog in CatalogNames.Targets)
        {
            var activeId = active.FirstOrDefault(a => a.Catalog == catalog)?.Id;
            if (activeId is null)
            {
                if (store.Get(catalog) is not null) store.Remove(catalog);
                continue;
            }
            if (served[catalog]?.ModelVersionId == activeId) continue;
            if (store.TrySet(await LoadAsync(db, activeId.Value, cancellationToken), served[catalog])) swapped.Add(catalog);
        }
        return swapped;
    }

    public async Task<LoadedModel> LoadAsync(AppDbContext db, int modelVersionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.ModelVersions.AsNoTracking().SingleAsync(m => m.Id == modelVersionId, cancellationToken);
        var model = ModelParameters.Deserialize(version.ParametersJson).ToModel();
        var flag = version.Catalog.AsCatalogs();
        var trainedAt = version.TrainedAt;
        var tracks = await db.Tracks.AsNoTracking()
            .Where(t => (t.Catalogs & flag) != 0 && t.Tempo > 0)
            .OrderBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.SpotifyId, t.Title, t.Artists, t.Album, t.Genres, t.AddedAt,
                t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo,
            })
            .ToListAsync(cancellationToken);
        var assignments = await db.ClusterAssignments.AsNoTracking()
            .Where(a => a.ModelVersionId == modelVersionId)
            .ToDictionaryAsync(a => a.TrackId, a => a.Cluster, cancellationToken);

        var served = new Dictionary<int, ServedTrack>(tracks.Count);
        var indexed = new List<IndexedTrack>(tracks.Count);
        foreach (var t in tracks)
        {
            var features = new AudioFeatures(t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo);
            if (features.FindInvalid() is not null) continue;
            // Serve what the model was trained on (training left out noisy labels and duplicates), plus
            // tracks added to the catalog since, which go to their nearest centroid.
            var known = assignments.TryGetValue(t.Id, out var assigned);
            if (!known && t.AddedAt <= trainedAt) continue;
            var embedding = model.Embed(features.ToArray());
            var cluster = known ? assigned : model.NearestCluster(embedding);
            indexed.Add(new IndexedTrack(t.Id, cluster, embedding));
            served.Add(t.Id, new ServedTrack(t.Id, t.SpotifyId, t.Title, t.Artists, t.Album, t.Genres, features));
        }
        logger.LogInformation("Loaded {Catalog} model v{Version} (k={K}) over {Tracks} tracks", version.Catalog.Name(), version.Version, model.K, indexed.Count);
        return new LoadedModel(version.Id, version.Version, version.Catalog, version.TrainedAt, version.Silhouette, new RecommendationIndex(model, indexed), served);
    }
}
