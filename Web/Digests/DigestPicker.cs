using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Digests;

/// <summary>
/// Picks a listener's next digest through the real recommender: each recent search and 4–5★ rating is a seed, the
/// seeds' lists are taken in turn, and a pick is new only if the listener never rated it and was never sent it
/// (a failed mail's picks do not count as sent). At most two picks per artist. Reads only; recording is the runner's.
/// </summary>
public sealed class DigestPicker(AppDbContext db, RecommendationService recommendations, IOptions<DigestOptions> options, TimeProvider time)
{
    private const int MaxPerArtist = 2;

    public async Task<DigestPlan> PlanAsync(string userId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var seeds = await SeedsAsync(userId, time.GetUtcNow().UtcDateTime.AddDays(-o.LookbackDays), o.MaxSeeds, cancellationToken);
        if (seeds.Count == 0) return DigestPlan.Skip(seeds, $"no searches or 4–5★ ratings in the last {o.LookbackDays} days");

        var ratings = db.Ratings.Join(db.Impressions, r => r.ImpressionId, i => i.Id, (r, i) => new { r.TrackId, r.RaterId, i.UserId })
            .Where(r => r.RaterId == userId || r.UserId == userId).Select(r => r.TrackId);
        var sent = db.DigestPicks.Where(p => db.DigestDeliveries.Any(d => d.Id == p.DeliveryId && d.UserId == userId && d.Status != DigestDeliveryStatus.Failed))
            .Select(p => p.TrackId);
        var excluded = (await ratings.Union(sent).ToListAsync(cancellationToken)).ToHashSet();
        excluded.UnionWith(seeds.Select(s => s.TrackId));

        var lists = new List<(DigestSeed Seed, IReadOnlyList<RecommendedItem> Items)>();
        foreach (var seed in seeds)
        {
            var outcome = await recommendations.RecommendAsync(new SongQuery(TrackId: seed.TrackId), new RecommendationOptions(seed.Catalog, Top: o.PerSeed), cancellationToken);
            if (outcome.List is { } list) lists.Add((seed, list.Items));
        }
        var picks = RoundRobin(lists, excluded, o.MaxPicks);
        return picks.Count == 0 ? DigestPlan.Skip(seeds, "no new picks: every song its seeds lead to was rated or sent already") : new DigestPlan(seeds, picks, null);
    }

    /// <summary>The first new pick of each seed's list in turn, then the second, and so on.</summary>
    private static List<DigestCandidate> RoundRobin(List<(DigestSeed Seed, IReadOnlyList<RecommendedItem> Items)> lists, HashSet<int> excluded, int max)
    {
        var picks = new List<DigestCandidate>();
        var perArtist = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var positions = new int[lists.Count];
        var progressed = true;
        while (picks.Count < max && progressed)
        {
            progressed = false;
            for (var i = 0; i < lists.Count && picks.Count < max; i++)
            {
                var (seed, items) = lists[i];
                while (positions[i] < items.Count)
                {
                    var item = items[positions[i]++];
                    var artist = item.Artists.Split(", ")[0];
                    if (excluded.Contains(item.TrackId) || perArtist.GetValueOrDefault(artist) >= MaxPerArtist) continue;
                    excluded.Add(item.TrackId);
                    perArtist[artist] = perArtist.GetValueOrDefault(artist) + 1;
                    picks.Add(new DigestCandidate(item.TrackId, seed.Catalog, item.SpotifyId, item.Title, item.Artists, Reason(seed, item.Reason)));
                    progressed = true;
                    break;
                }
            }
        }
        return picks;
    }

    private static string Reason(DigestSeed seed, string why) =>
        $"Because you {seed.Because}: {char.ToLowerInvariant(why[0])}{why[1..]}";

    private async Task<List<DigestSeed>> SeedsAsync(string userId, DateTime since, int max, CancellationToken cancellationToken)
    {
        var searched = await db.Searches.AsNoTracking()
            .Where(s => s.RaterId == userId && s.Found && s.TrackId != null && s.CreatedAt >= since)
            .OrderByDescending(s => s.CreatedAt).Take(max * 5)
            .Select(s => new { TrackId = s.TrackId!.Value, s.Catalog, s.Title, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var liked = await db.Ratings.AsNoTracking()
            .Join(db.Impressions, r => r.ImpressionId, i => i.Id, (r, i) => new { r.TrackId, r.RaterId, i.UserId, r.Stars, r.UpdatedAt, i.Catalog })
            .Where(r => (r.RaterId == userId || r.UserId == userId) && r.Stars >= 4 && r.UpdatedAt >= since)
            .OrderByDescending(r => r.UpdatedAt).Take(max * 5)
            .Join(db.Tracks, r => r.TrackId, t => t.Id, (r, t) => new { r.TrackId, r.Catalog, r.Stars, r.UpdatedAt, t.Title })
            .ToListAsync(cancellationToken);
        return searched.Select(s => new DigestSeed(s.TrackId, s.Catalog, $"searched for “{s.Title}”", s.CreatedAt))
            .Concat(liked.Select(r => new DigestSeed(r.TrackId, r.Catalog, $"gave “{r.Title}” {r.Stars}★", r.UpdatedAt)))
            .OrderByDescending(s => s.At)
            .DistinctBy(s => (s.TrackId, s.Catalog))
            .Take(max)
            .ToList();
    }
}
