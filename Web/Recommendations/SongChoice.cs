using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Another song the text could mean: a catalog track (<see cref="TrackId"/>) or one only a live source knows.</summary>
public sealed record SongChoice(int? TrackId, string? SpotifyId, string Title, string Artists, string? Album = null, int? Year = null)
{
    /// <summary>The artists as shown: never empty.</summary>
    public string DisplayArtists => Artists.Length > 0 ? Artists : ArtistSlug.UnknownArtist;
}
