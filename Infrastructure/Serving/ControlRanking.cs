using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// The random control: songs drawn uniformly from the served catalog (each song once, in its preferred
/// version, so a song stored five times is not five times as likely), under the same list rules as the model
/// arm, each pick carrying its cosine similarity to the query and listed best first like every list the API
/// returns — so both arms differ only in which songs they pick. Reproducible from the seed.
/// </summary>
public static class ControlRanking
{
    public static RankedList Random(LoadedModel model, AudioFeatures query, RankRequest request, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        var clusterModel = model.Index.Model;
        var embedded = clusterModel.Embed(query.ToArray());
        var cluster = clusterModel.NearestCluster(embedded);
        var querySong = ListRanking.QuerySong(model, request.QueryTrackId);
        var curator = new ListCurator(Math.Max(1, request.Top), request.MaxPerArtist);
        var picks = new List<RankedPick>();
        foreach (var id in Draws(model, request, querySong, seed))
        {
            var track = model.Tracks[id];
            if (!curator.Offer(track.SongId, track.ArtistKeys)) continue;
            var embedding = clusterModel.Embed(track.Features.ToArray());
            picks.Add(ListRanking.Pick(model, track, Cosine(embedded, embedding), clusterModel.NearestCluster(embedding)));
            if (curator.IsFull) break;
        }
        return new RankedList(cluster, picks.OrderByDescending(p => p.Similarity).ToArray());
    }

    /// <summary>
    /// The draws. A list with no exclusions of its own draws from the model's pool less the query's song (its entry
    /// there is the preferred version not kept out): the same pool as grouping the candidates per list, without doing it.
    /// </summary>
    private static IEnumerable<int> Draws(LoadedModel model, RankRequest request, int? querySong, int seed)
    {
        if (request.Excluded.Count == 0)
        {
            var own = querySong is { } song ? model.VersionsOf(song).FirstOrDefault(t => t.Exclusion is null)?.Id : null;
            int[] excluded = [.. new[] { own, request.QueryTrackId }.OfType<int>()];
            return RandomControl.DrawSorted(model.ControlPool, excluded, seed);
        }
        var songs = model.Tracks.Values
            .Where(t => ListRanking.IsCandidate(t, querySong, request.Excluded))
            .GroupBy(t => t.SongId)
            .Select(g => g.OrderBy(t => VersionPreference.Rank(t.Tags)).ThenBy(t => t.Id).First().Id);
        return RandomControl.Draw(songs, request.QueryTrackId, seed);
    }

    private static double Cosine(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
    }
}
