namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// What Lloyd does when a cluster loses all its rows: as scikit-learn, the row farthest from its own
/// center becomes the empty cluster's only member, so a run always ends with k non-empty clusters.
/// </summary>
internal static class EmptyClusters
{
    public static void Relocate(RowMatrix x, int[] labels, double[] upper, double[] lower, double[] centers, double[] sums, long[] counts, int empty)
    {
        var d = x.Columns;
        var far = -1;
        var farthest = -1.0;
        for (var i = 0; i < x.Rows; i++)
        {
            // Taking the only row of another cluster would just move the hole.
            if (counts[labels[i]] <= 1) continue;
            var distance = RowMatrix.SquaredDistance(x.Row(i), centers.AsSpan(labels[i] * d, d));
            if (distance > farthest)
            {
                farthest = distance;
                far = i;
            }
        }
        if (far < 0) throw new InvalidOperationException("Cannot fill an empty cluster: fewer distinct rows than clusters.");

        var old = labels[far];
        var row = x.Row(far);
        for (var j = 0; j < d; j++)
        {
            sums[old * d + j] -= row[j];
            sums[empty * d + j] = row[j];
        }
        counts[old]--;
        counts[empty] = 1;
        labels[far] = empty;
        // The row sits exactly on its new center; zero bounds stay valid once the centers' moves are added.
        upper[far] = 0;
        lower[far] = 0;
    }
}
