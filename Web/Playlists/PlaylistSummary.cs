using MusicRecommender.Infrastructure.Playlists;

namespace MusicRecommender.Web.Playlists;

/// <summary>What became of a playlist's rows: how many were read, how many songs could be used, and the rest with reasons.</summary>
public sealed record PlaylistSummary(int Tracks, int Matched, IReadOnlyList<UnmatchedRow> Unmatched);
