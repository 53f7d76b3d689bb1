namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>One credited artist of a track, in credit order (0 is the primary artist).</summary>
public sealed class TrackArtist
{
    public int TrackId { get; set; }

    public int Position { get; set; }

    public required string ArtistKey { get; set; }

    public Artist? Artist { get; set; }
}
