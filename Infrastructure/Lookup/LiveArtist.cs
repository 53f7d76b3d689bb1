using MusicRecommender.Infrastructure.Catalog;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>An artist found live: its name as the source writes it and its tracks that have features.</summary>
public sealed record LiveArtist(string Name, IReadOnlyList<ArtistTrack> Tracks, FeatureSource Source, string? Notice);
