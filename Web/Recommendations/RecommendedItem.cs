using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// One pick of a list. <see cref="Artists"/> is what to show: display names, "Unknown artist" when none is
/// known, never a slug. <see cref="OtherVersions"/> are the song's other versions in the catalog ("2 more versions").
/// </summary>
public sealed record RecommendedItem(int Rank, int TrackId, string SpotifyId, string Title, string Artists, string? Genres, double Similarity, string SpotifyUrl, AudioFeatures Features, string Reason)
{
    public string? Album { get; init; }

    public int? Year { get; init; }

    public int SongId { get; init; }

    public IReadOnlyList<SongVersion> OtherVersions { get; init; } = [];
}
