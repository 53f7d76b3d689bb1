using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>How a model treats what raters already scored: how many rated picks it would still show, and their mean stars.</summary>
public sealed record FeedbackScore(int ModelVersion, int Kept, double? MeanStars);

/// <summary>The candidate against the active model on the same rated lists.</summary>
public sealed record FeedbackReport(int TopN, int Lists, int RatedItems, FeedbackScore Candidate, FeedbackScore? Active);

/// <summary>
/// Replays the lists raters scored: for each stored impression of the catalog with ratings, the query
/// song's features go through a model as a new request would (nearest cluster, top N, the query song
/// left out), and the rated tracks it would still place in its top N count with their stars. A model
/// that keeps the well-rated picks and drops the poorly rated ones scores a higher mean. Informative
/// only: the admin judges it beside the silhouette; the gate does not use it.
/// </summary>
public static class FeedbackComparison
{
    /// <summary>The most recent ratings considered, so the check stays quick as ratings pile up.</summary>
    public const int MaxRatings = 20_000;

    public static async Task<FeedbackReport> CompareAsync(AppDbContext db, TargetCatalog catalog, LoadedModel candidate, LoadedModel? active, int topN, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(candidate);
        var rated = await db.Ratings.AsNoTracking()
            .Join(db.Impressions.Where(i => i.Catalog == catalog), r => r.ImpressionId, i => i.Id,
                (r, i) => new { i.Id, i.QueryFeaturesJson, i.QueryTrackId, r.TrackId, r.Stars, r.UpdatedAt })
            .OrderByDescending(x => x.UpdatedAt)
            .Take(MaxRatings)
            .ToListAsync(cancellationToken);
        var lists = rated
            .GroupBy(r => r.Id)
            .Select(g => (Features: Features(g.First().QueryFeaturesJson), g.First().QueryTrackId, Stars: g.ToDictionary(r => r.TrackId, r => r.Stars)))
            .Where(l => l.Features is not null)
            .ToList();
        FeedbackScore Score(LoadedModel model)
        {
            var kept = new List<int>();
            foreach (var (features, queryTrackId, stars) in lists)
            {
                var top = model.Index.Recommend(features!, new RecommendationQuery(topN, NProbe: 1, Exact: false, ExcludeTrackId: queryTrackId));
                kept.AddRange(top.Items.Where(n => stars.ContainsKey(n.TrackId)).Select(n => stars[n.TrackId]));
            }
            return new FeedbackScore(model.Version, kept.Count, kept.Count == 0 ? null : kept.Average());
        }
        return new FeedbackReport(topN, lists.Count, lists.Sum(l => l.Stars.Count), Score(candidate), active is null ? null : Score(active));
    }

    /// <summary>The nine features in model order, from the impression's JSON (by name); null when any is missing.</summary>
    private static double[]? Features(string json)
    {
        Dictionary<string, double>? byName;
        try
        {
            byName = JsonSerializer.Deserialize<Dictionary<string, double>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (byName is null) return null;
        var values = new double[AudioFeatures.Names.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!byName.TryGetValue(AudioFeatures.Names[i], out values[i])) return null;
        }
        return values;
    }
}
