using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

public sealed record RecommendedItem(int Rank, int TrackId, string SpotifyId, string Title, string Artists, string? Genres, double Similarity, string SpotifyUrl, AudioFeatures Features, string Reason)
{
    /// <summary>Cover art, where one is known (the catalogs carry none yet; a placeholder shows instead).</summary>
    public string? CoverUrl { get; init; }

    /// <summary>Spotify's embed player for the track, loaded only when the listener presses Play.</summary>
    public string EmbedUrl => $"https://open.spotify.com/embed/track/{SpotifyId}";

    /// <summary>A YouTube search for the song (the clustering seed's app sent listeners there).</summary>
    public string YouTubeSearchUrl => "https://www.youtube.com/results?search_query=" + Uri.EscapeDataString($"{Title} {Artists}".Trim());
}
