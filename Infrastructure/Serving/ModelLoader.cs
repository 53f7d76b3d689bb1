using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Listing;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// Builds <see cref="LoadedModel"/>s from the database and keeps the <see cref="ModelStore"/> in step
/// with the active versions (after a local activation, or one made by another process) and with the
/// catalog's metadata (names enriched, songs regrouped, tracks excluded), so the site shows them without a restart.
/// </summary>
public sealed class ModelLoader(IDbContextFactory<AppDbContext> contextFactory, ModelStore store, IOptions<ListOptions> options, ILogger<ModelLoader> logger)
{
    /// <summary>Loads any catalog whose active version or metadata differs from the one served. Returns the catalogs swapped.</summary>
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
        var stamp = await CatalogStamp.ReadAsync(db, cancellationToken);
        var swapped = new List<TargetCatalog>();
        foreach (var catalog in CatalogNames.Targets)
        {
            var activeId = active.FirstOrDefault(a => a.Catalog == catalog)?.Id;
            if (activeId is null)
            {
                if (store.Get(catalog) is not null) store.Remove(catalog);
                continue;
            }
            if (served[catalog] is { } current && current.ModelVersionId == activeId && current.Stamp == stamp) continue;
            if (store.TrySet(await LoadAsync(db, activeId.Value, cancellationToken), served[catalog])) swapped.Add(catalog);
        }
        return swapped;
    }

    public async Task<LoadedModel> LoadAsync(AppDbContext db, int modelVersionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Read first: a change made while loading then shows as a newer stamp at the next refresh.
        var stamp = await CatalogStamp.ReadAsync(db, cancellationToken);
        var version = await db.ModelVersions.AsNoTracking().SingleAsync(m => m.Id == modelVersionId, cancellationToken);
        var model = ModelParameters.Deserialize(version.ParametersJson).ToModel();
        var flag = version.Catalog.AsCatalogs();
        var trainedAt = version.TrainedAt;
        var tracks = await db.Tracks.AsNoTracking()
            .Where(t => (t.Catalogs & flag) != 0 && t.Tempo > 0)
            .OrderBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.SpotifyId, t.Title, t.Artists, t.ArtistSlug, t.Album, t.ReleaseDate, t.Genres, t.AddedAt, t.SongId,
                t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo,
            })
            .ToListAsync(cancellationToken);
        var assignments = await db.ClusterAssignments.AsNoTracking()
            .Where(a => a.ModelVersionId == modelVersionId)
            .ToDictionaryAsync(a => a.TrackId, a => a.Cluster, cancellationToken);
        var credits = await ServedCredits.LoadAsync(db, flag, cancellationToken);
        var decisions = await db.TrackListings.AsNoTracking().ToDictionaryAsync(l => l.TrackId, l => (l.Listed, l.Note), cancellationToken);

        var candidates = new List<(ServedTrack Track, int? Cluster)>(tracks.Count);
        foreach (var t in tracks)
        {
            var features = new AudioFeatures(t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo);
            if (features.FindInvalid() is not null) continue;
            // Serve what the model was trained on (training left out noisy labels and duplicates), plus
            // tracks added to the catalog since, which go to their nearest centroid, and any an admin included.
            var known = assignments.TryGetValue(t.Id, out var assigned);
            if (!known && t.AddedAt <= trainedAt && decisions.GetValueOrDefault(t.Id).Listed != true) continue;
            var names = credits.Names(t.Id);
            var track = new ServedTrack(t.Id, t.SpotifyId, t.Title, t.Artists, t.Album, t.Genres, features)
            {
                SongId = t.SongId ?? t.Id,
                ArtistKeys = names.Count > 0 ? names.Select(n => n.Key).ToArray() : t.ArtistSlug is { } slug ? ["~" + ArtistCredit.Key(slug)] : [],
                ReleaseDate = t.ReleaseDate,
                Tags = SongTitle.Parse(t.Title).Tags,
            };
            candidates.Add((track, known ? assigned : null));
        }

        var rules = new ListingRules(options.Value.MusicOnly);
        var exclusions = rules.Exclusions(version.Catalog,
            candidates.Select(c => new ListingTrack(c.Track.Id, c.Track.SongId, c.Track.Title, credits.Names(c.Track.Id).Select(n => n.Name).ToArray(), c.Track.Features.Speechiness)).ToArray(),
            decisions);
        var served = new Dictionary<int, ServedTrack>(candidates.Count);
        var indexed = new List<IndexedTrack>(candidates.Count);
        foreach (var (track, assigned) in candidates)
        {
            var embedding = model.Embed(track.Features.ToArray());
            indexed.Add(new IndexedTrack(track.Id, assigned ?? model.NearestCluster(embedding), embedding));
            served.Add(track.Id, track with { Exclusion = exclusions.GetValueOrDefault(track.Id) });
        }
        logger.LogInformation("Loaded {Catalog} model v{Version} (k={K}) over {Tracks} tracks, {Excluded} not recommended",
            version.Catalog.Name(), version.Version, model.K, indexed.Count, exclusions.Count);
        return new LoadedModel(version.Id, version.Version, version.Catalog, version.TrainedAt, version.Silhouette, new RecommendationIndex(model, indexed), served, stamp);
    }
}
