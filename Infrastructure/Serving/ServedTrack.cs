using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>What a recommendation shows about a catalog track.</summary>
public sealed record ServedTrack(int Id, string SpotifyId, string Title, string Artists, string? Album, string? Genres, AudioFeatures Features)
{
    public string SpotifyUrl => $"https://open.spotify.com/track/{SpotifyId}";
}
