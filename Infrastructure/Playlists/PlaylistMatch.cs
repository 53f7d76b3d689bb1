namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>
/// A playlist's songs with features (each song once, in playlist order) and the rows that could not be
/// used. <see cref="Tracks"/> counts the rows read; <see cref="Notes"/> says which live source failed.
/// </summary>
public sealed record PlaylistMatch(int Tracks, IReadOnlyList<PlaylistTrack> Matched, IReadOnlyList<UnmatchedRow> Unmatched, IReadOnlyList<string> Notes);
