using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Recommendations;

/// <summary>What a search started from, as search analytics count it (<see cref="SearchEvent.Seed"/>).</summary>
public static class SearchSeeds
{
    /// <summary>What was asked for when nothing was found; what it resolved to when it was ("Coldplay" typed is an artist).</summary>
    public static string Of(SongQuery query, ResolvedSong? resolved)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kind = resolved?.Kind ?? (query.Artist is not null ? SeedKind.Artist : query.Seed?.Kind ?? SeedKind.Track);
        return kind switch
        {
            SeedKind.Artist => SearchEvent.ArtistSeed,
            SeedKind.Playlist => SearchEvent.PlaylistSeed,
            _ => SearchEvent.SongSeed,
        };
    }
}
