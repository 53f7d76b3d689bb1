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

    /// <summary>Cover art, where one is known (the catalogs carry none yet; a placeholder shows instead).</summary>
    public string? CoverUrl { get; init; }

    /// <summary>Spotify's embed player for the track, loaded only when the listener presses Play.</summary>
    public string EmbedUrl => $"https://open.spotify.com/embed/track/{SpotifyId}";

    /// <summary>A YouTube search for the song (the clustering seed's app sent listeners there).</summary>
    public string YouTubeSearchUrl => "https://www.youtube.com/results?search_query=" + Uri.EscapeDataString($"{Title} {Artists}".Trim());
}
