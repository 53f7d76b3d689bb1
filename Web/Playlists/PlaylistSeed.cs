using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Playlists;

/// <summary>
/// A playlist made into a seed, or why it could not be: <see cref="Problem"/> with <see cref="Unreadable"/>
/// is a body that is not a playlist (a 400); without it, no song of the playlist could be used.
/// </summary>
public sealed record PlaylistSeed(ResolvedSong? Seed, PlaylistSummary? Summary, string? Problem, bool Unreadable)
{
    public static PlaylistSeed Refused(string problem) => new(null, null, problem, Unreadable: true);
}
