namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>A song as a search box or a result card shows it. Artists are joined with ", ".</summary>
public sealed record SongInfo(
    string SpotifyId,
    string Title,
    string Artists,
    string? Album,
    string? ImageUrl,
    int? Popularity,
    string? ReleaseDate);
