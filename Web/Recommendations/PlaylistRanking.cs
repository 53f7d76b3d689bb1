using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Recommendations for a playlist as a whole: its tracks are placed in the model's clusters, the list's
/// places are shared among those clusters in proportion (<see cref="ClusterShares"/>), and each cluster's
/// share is ranked against the mean of the playlist's tracks there — so a playlist of dance songs and
/// ballads gets both, not the one song in between. No pick is in the playlist, none is picked twice.
/// The random control draws from the whole catalog as it does for a song.
/// </summary>
public static class PlaylistRanking
{
    public static RecommendationList Rank(ResolvedSong playlist, LoadedModel model, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(playlist);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var whole = RecommendationService.Rank(playlist, model, options);
        if (options.Variant is { Name: RecommenderVariants.Random } || playlist.Members.Count < 2) return whole;

        var clusters = model.Index.Model;
        var groups = playlist.Members
            .GroupBy(f => clusters.NearestCluster(clusters.Embed(f.ToArray())))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.ToList())
            .ToList();
        if (groups.Count < 2) return whole;
        var shares = ClusterShares.Allocate(groups.Select(g => g.Count).ToArray(), options.Top);

        var picks = new List<RecommendedItem>();
        var taken = new HashSet<int>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (shares[i] == 0) continue;
            var part = playlist with { Features = FeatureProfile.Mean(groups[i]) };
            // Enough to still fill the share after skipping what earlier clusters took.
            var ranked = RecommendationService.Rank(part, model, options with { Top = shares[i] + taken.Count });
            foreach (var item in ranked.Items.Where(item => taken.Add(item.TrackId)).Take(shares[i])) picks.Add(item);
        }
        // Shares the clusters could not fill (a small cluster) go to the playlist's overall best.
        foreach (var item in whole.Items.Where(item => !taken.Contains(item.TrackId)))
        {
            if (picks.Count >= options.Top) break;
            taken.Add(item.TrackId);
            picks.Add(item);
        }
        var items = picks.OrderByDescending(p => p.Similarity).Select((p, i) => p with { Rank = i + 1 }).ToArray();
        return whole with { Items = items };
    }
}
