using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>
/// One song of an uploaded playlist. <see cref="Row"/> counts songs from 1 (the header is not a row);
/// <see cref="Features"/> are the file's own, when it has valid ones; <see cref="Problem"/> says why a
/// row cannot be used at all (no Spotify id, a local file).
/// </summary>
public sealed record PlaylistRow(int Row, string? SpotifyId, string Title, string Artists, AudioFeatures? Features = null, string? Problem = null);
