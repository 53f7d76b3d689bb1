namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// The sound of several tracks at once (an artist's, a playlist's): the mean of their features.
/// Every model scales (and projects) features affinely, so the mean of the raw features lands exactly
/// on the mean of the scaled ones, whichever model serves the query.
/// </summary>
public static class FeatureProfile
{
    public static AudioFeatures Mean(IReadOnlyCollection<AudioFeatures> tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        if (tracks.Count == 0) throw new ArgumentException("A profile needs at least one track.", nameof(tracks));
        Span<double> sum = stackalloc double[AudioFeatures.Count];
        foreach (var track in tracks)
        {
            for (var i = 0; i < AudioFeatures.Count; i++) sum[i] += track[i];
        }
        for (var i = 0; i < AudioFeatures.Count; i++) sum[i] /= tracks.Count;
        return AudioFeatures.FromArray(sum);
    }
}
