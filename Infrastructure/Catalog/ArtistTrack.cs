using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>One of an artist's tracks with its features: a part of the artist's profile.</summary>
public sealed record ArtistTrack(int? TrackId, string SpotifyId, string Title, string Artists, int? Popularity, AudioFeatures Features);
