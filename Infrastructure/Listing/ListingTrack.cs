using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Listing;

/// <summary>What the music-only rules read of a catalog track.</summary>
public sealed record ListingTrack(int Id, int SongId, string Title, IReadOnlyList<string> ArtistNames, double Speechiness)
{
    public SongTitle Parsed { get; } = SongTitle.Parse(Title);
}
