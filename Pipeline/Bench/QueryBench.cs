using System.Diagnostics;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Bench;

internal sealed record QueryTiming(string Mode, double MedianMs, double Recall, double ProbedShare, double ExaminedShare);

/// <summary>
/// One top-N query at a time over an index of the catalog rows (track id = row), exact and with
/// cluster probing; recall@N of each mode against the exact answer of the same run.
/// </summary>
internal static class QueryBench
{
    public static RecommendationIndex Build(RowMatrix catalog, KMeansResult fit)
    {
        var d = catalog.Columns;
        // The catalog is already in the model's space: an identity scaler and no projection.
        var identity = new FeatureScaler(Enumerable.Repeat(ScalerKind.Standard, d).ToArray(), new double[d], Enumerable.Repeat(1.0, d).ToArray());
        var model = new ClusterModel(identity, null, fit.Centers);
        var tracks = new IndexedTrack[catalog.Rows];
        for (var i = 0; i < catalog.Rows; i++) tracks[i] = new IndexedTrack(i, fit.Labels[i], catalog.Row(i).ToArray());
        return new RecommendationIndex(model, tracks);
    }

    public static IReadOnlyList<QueryTiming> Run(RecommendationIndex index, RowMatrix queries, int top, IReadOnlyList<int> probes, out int[][] exactTop)
    {
        var modes = new List<(string Name, RecommendationQuery Query)> { ("exact", new RecommendationQuery(top, Exact: true)) };
        modes.AddRange(probes.Select(p => (p >= index.Model.K ? $"cluster, nprobe {p} (all: exact answer)" : $"cluster, nprobe {p}", new RecommendationQuery(top, NProbe: p))));

        // Warm up every path (JIT tiering, caches) before timing.
        for (var i = 0; i < 300; i++)
        {
            foreach (var (_, query) in modes) index.RecommendEmbedded(queries.Row(i % queries.Rows), query);
        }

        var answers = modes.Select(_ => new int[queries.Rows][]).ToArray();
        var times = modes.Select(_ => new double[queries.Rows]).ToArray();
        var probed = new double[modes.Count];
        var examined = new double[modes.Count];
        // Mode by mode, so no mode runs on caches another mode just warmed for the same query.
        for (var m = 0; m < modes.Count; m++)
        {
            for (var i = 0; i < queries.Rows; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var result = index.RecommendEmbedded(queries.Row(i), modes[m].Query);
                times[m][i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                answers[m][i] = result.Items.Select(n => n.TrackId).ToArray();
                probed[m] += m == 0 ? index.Count : result.SearchedClusters.Sum(index.ClusterSize);
                examined[m] += result.Examined;
            }
        }
        exactTop = answers[0];
        var exact = answers[0];
        return modes.Select((mode, m) => new QueryTiming(
            mode.Name,
            Median(times[m]),
            Enumerable.Range(0, queries.Rows).Average(i => (double)answers[m][i].Intersect(exact[i]).Count() / exact[i].Length),
            probed[m] / queries.Rows / index.Count,
            examined[m] / queries.Rows / index.Count)).ToArray();
    }

    public static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
