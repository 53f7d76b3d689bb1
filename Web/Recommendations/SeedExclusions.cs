using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// The served tracks a seed must not get back: the tracks it is made of (a playlist's, an artist's) and,
/// for an artist, every target-catalog song credited to them — "Because you like BTS" lists other acts.
/// </summary>
public static class SeedExclusions
{
    public static IReadOnlySet<int> For(ResolvedSong seed, LoadedModel model)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(model);
        // Only served tracks can come back, so only they need room in the ranking.
        var excluded = seed.OwnTracks.Where(model.Tracks.ContainsKey).ToHashSet();
        if (seed.ArtistKey is not { Length: > 0 } key) return excluded;
        foreach (var track in model.Tracks.Values)
        {
            if (SongMatch.Credits(track.Artists, key)) excluded.Add(track.Id);
        }
        return excluded;
    }
}
