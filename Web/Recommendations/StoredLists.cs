using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Reads back a list a rater was shown, from its impression: what a playlist's page shows after a
/// rating without JavaScript, and what the export files hold. Only the rater it was shown to gets it.
/// </summary>
public sealed class StoredLists(AppDbContext db, ModelStore models)
{
    public async Task<StoredList?> GetAsync(Rater rater, Guid impressionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        var impression = await db.Impressions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == impressionId, cancellationToken);
        if (impression is null || !rater.Owns(impression.RaterId, impression.UserId, impression.AnonymousId)) return null;
        var ids = impression.Items.Select(i => i.TrackId).ToList();
        var tracks = await db.Tracks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var query = QueryFeatures(impression.QueryFeaturesJson);
        var scaler = models.Get(impression.Catalog)?.Index.Model.Scaler;
        var items = impression.Items.OrderBy(i => i.Rank).Where(i => tracks.ContainsKey(i.TrackId)).Select(i =>
        {
            var track = tracks[i.TrackId];
            var reason = scaler is null || query is null ? "" : RecommendationReasons.Explain(scaler, query, track.Features);
            return new RecommendedItem(i.Rank, track.Id, track.SpotifyId, track.Title, track.Artists, track.Genres, i.Similarity,
                SpotifyLink.TrackUrl(track.SpotifyId), track.Features, reason);
        }).ToArray();
        var experiment = impression.ExperimentId is { } experimentId
            ? await db.Experiments.Where(e => e.Id == experimentId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var stars = await db.Ratings.AsNoTracking().Where(r => r.ImpressionId == impressionId).ToDictionaryAsync(r => r.TrackId, r => r.Stars, cancellationToken);
        return new StoredList(new ShownImpression(impression.Id, experiment, impression.Variant, stars), impression.Catalog, impression.ModelVersion,
            impression.Cluster, query ?? items.FirstOrDefault()?.Features ?? new AudioFeatures(0, 0, 0, 0, 0, 0, 0, 0, 0), items);
    }

    private static AudioFeatures? QueryFeatures(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        var values = JsonSerializer.Deserialize<Dictionary<string, double>>(json);
        if (values is null || !AudioFeatures.Names.All(values.ContainsKey)) return null;
        return AudioFeatures.FromArray(AudioFeatures.Names.Select(n => values[n]).ToArray());
    }
}
