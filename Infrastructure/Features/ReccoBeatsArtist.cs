namespace MusicRecommender.Infrastructure.Features;

/// <summary>An artist as ReccoBeats names it: its own id, and Spotify's when its link gives one.</summary>
public sealed record ReccoBeatsArtist(string Id, string Name, string? SpotifyId);
