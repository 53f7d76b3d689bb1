using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// Draws a clean list from a served model, the same way for both arms of the experiment: one item per song
/// (the best-matching version, the others reachable), at most <see cref="RankRequest.MaxPerArtist"/> per artist,
/// no track the music-only rules or an admin keep out, never the query's own song. The model arm reads the
/// cosine ranking of the searched clusters best first; the control reads random draws
/// (<see cref="ControlRanking"/>). Candidates come only from the clusters searched: when they cannot fill the
/// list the list is shorter, rather than reaching into clusters the method would not search.
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
        var top = Math.Max(1, request.Top);
        var querySong = QuerySong(model, request.QueryTrackId);
        // Most lists fill from the first few dozen candidates; a catalog of many versions per song asks for more.
        for (var fetch = Math.Max(40, top * 4); ; fetch *= 4)
        {
            var result = model.Index.Recommend(query.ToArray(), new RecommendationQuery(fetch, request.NProbe, exact, request.QueryTrackId));
            var curator = new ListCurator(top, request.MaxPerArtist);
            var picks = new List<RankedPick>(top);
            foreach (var neighbor in result.Items)
            {
                var track = model.Tracks[neighbor.TrackId];
                if (!IsCandidate(track, querySong) || !curator.Offer(track.SongId, track.ArtistKeys)) continue;
                picks.Add(Pick(model, track, neighbor.Similarity, neighbor.Cluster));
                if (curator.IsFull) break;
            }
            if (curator.IsFull || result.Items.Count < fetch || fetch >= model.Index.Count) return new RankedList(result.Cluster, picks);
        }
    }

    internal static bool IsCandidate(ServedTrack track, int? querySong) => track.Exclusion is null && track.SongId != querySong;

    internal static int? QuerySong(LoadedModel model, int? queryTrackId) =>
        queryTrackId is { } id && model.Tracks.TryGetValue(id, out var track) ? track.SongId : null;

    internal static RankedPick Pick(LoadedModel model, ServedTrack track, double similarity, int cluster) =>
        new(track, similarity, cluster, model.VersionsOf(track.SongId).Where(v => v.Id != track.Id).ToArray());
}
