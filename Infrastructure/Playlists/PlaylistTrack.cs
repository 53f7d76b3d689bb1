using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>A playlist song with features: from the file ("file"), the catalog ("local"), "spotify" or "reccobeats".</summary>
public sealed record PlaylistTrack(int Row, string SpotifyId, int? TrackId, string Title, string Artists, AudioFeatures Features, string Source);
