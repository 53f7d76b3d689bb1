using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// Draws a clean list from a served model, the same way for both arms of the experiment: one item per song
/// (the best-matching version, the others reachable), at most <see cref="RankRequest.MaxPerArtist"/> per artist,
/// no track the music-only rules or an admin keep out, never the query's own song. The model arm reads the
/// cosine ranking of the searched clusters best first; the control reads random draws
/// (<see cref="ControlRanking"/>). Candidates come from the clusters searched first; only when those cannot fill
/// the list does the next-nearest cluster fill the rest.
/// </summary>
public static class ListRanking
{
    public static RankedList Rank(LoadedModel model, AudioFeatures query, RankRequest request)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Variant is { Name: RecommenderVariants.Random } control) return ControlRanking.Random(model, query, request, control.Seed);

        var exact = request.Exact || request.Variant?.Name == RecommenderVariants.Exact;
        var querySong = QuerySong(model, request.QueryTrackId);
        var curator = new ListCurator(Math.Max(1, request.Top), request.MaxPerArtist);
        var picks = new List<RankedPick>();
        var searched = new HashSet<int>();
        int? cluster = null;
        // The searched clusters first; when their songs by distinct artists run out, the next-nearest cluster
        // fills the rest, as one more probe would.
        for (var probes = Math.Max(1, request.NProbe); ; probes++)
        {
            var result = Candidates(model, query, request, exact, probes, querySong, curator, searched, picks);
            cluster ??= result.Cluster;
            searched.UnionWith(result.SearchedClusters);
            if (curator.IsFull || exact || searched.Count >= model.Index.Model.K) break;
        }
        return new RankedList(cluster!.Value, picks.OrderByDescending(p => p.Similarity).ToArray());
    }

    /// <summary>Offers the candidates of <paramref name="probes"/> clusters not searched yet, best first, until the list is full.</summary>
    private static RecommendationResult Candidates(
        LoadedModel model, AudioFeatures query, RankRequest request, bool exact, int probes, int? querySong,
        ListCurator curator, HashSet<int> searched, List<RankedPick> picks)
    {
        // Most lists fill from the first few dozen candidates; a catalog of many versions per song asks for more.
        for (var fetch = Math.Max(40, request.Top * 4); ; fetch *= 4)
        {
            var result = model.Index.Recommend(query.ToArray(), new RecommendationQuery(fetch, probes, exact, request.QueryTrackId));
            foreach (var neighbor in result.Items)
            {
                if (searched.Contains(neighbor.Cluster)) continue;
                var track = model.Tracks[neighbor.TrackId];
                if (!IsCandidate(track, querySong, request.Excluded) || picks.Any(p => p.Track.Id == track.Id) || !curator.Offer(track.SongId, track.ArtistKeys)) continue;
                picks.Add(Pick(model, track, neighbor.Similarity, neighbor.Cluster));
                if (curator.IsFull) return result;
            }
            // Not full: ask again for more. What was offered is offered again and passed over the same way.
            if (result.Items.Count < fetch || fetch >= model.Index.Count) return result;
        }
    }

    internal static bool IsCandidate(ServedTrack track, int? querySong, IReadOnlySet<int> excluded) =>
        track.Exclusion is null && track.SongId != querySong && !excluded.Contains(track.Id);

    internal static int? QuerySong(LoadedModel model, int? queryTrackId) =>
        queryTrackId is { } id && model.Tracks.TryGetValue(id, out var track) ? track.SongId : null;

    internal static RankedPick Pick(LoadedModel model, ServedTrack track, double similarity, int cluster) =>
        new(track, similarity, cluster, model.VersionsOf(track.SongId).Where(v => v.Id != track.Id).ToArray());
}
