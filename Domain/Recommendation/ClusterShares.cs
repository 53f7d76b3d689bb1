namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// Shares <c>top</c> places among groups in proportion to their sizes (largest remainder; ties go to
/// the larger group, then the earlier one), so a playlist that is two-thirds dance and one-third
/// ballads gets picks in about that proportion. A group too small for a whole place may get none.
/// </summary>
public static class ClusterShares
{
    public static int[] Allocate(IReadOnlyList<int> sizes, int top)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var shares = new int[sizes.Count];
        var total = sizes.Sum();
        if (total <= 0 || top <= 0) return shares;
        var remainders = new (int Group, double Remainder)[sizes.Count];
        var given = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            var exact = (double)sizes[i] * top / total;
            shares[i] = (int)Math.Floor(exact);
            given += shares[i];
            remainders[i] = (i, exact - shares[i]);
        }
        foreach (var (group, _) in remainders.OrderByDescending(r => r.Remainder).ThenByDescending(r => sizes[r.Group]).ThenBy(r => r.Group))
        {
            if (given >= top) break;
            if (sizes[group] == 0) continue;
            shares[group]++;
            given++;
        }
        return shares;
    }
}
