namespace MusicRecommender.Web.Recommendations;

/// <summary>Another song the text could mean: a catalog track (<see cref="TrackId"/>) or one only a live source knows.</summary>
public sealed record SongChoice(int? TrackId, string? SpotifyId, string Title, string Artists, string? Album = null);
