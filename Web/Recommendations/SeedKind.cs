namespace MusicRecommender.Web.Recommendations;

/// <summary>What a list is recommended from.</summary>
public enum SeedKind
{
    /// <summary>One song (by id, link or text).</summary>
    Track,

    /// <summary>An artist's profile: the mean of their tracks' features.</summary>
    Artist,

    /// <summary>A playlist's profile, spread over the clusters it covers.</summary>
    Playlist,

    /// <summary>Features the listener set (Explore).</summary>
    Features,
}
