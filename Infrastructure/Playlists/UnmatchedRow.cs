namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>A playlist song that could not be used, and why, in a few words.</summary>
public sealed record UnmatchedRow(int Row, string Title, string Artists, string Reason);
