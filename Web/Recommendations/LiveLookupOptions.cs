using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Section "Lookup": how long a listener waits on outside services. Each service has its own
/// timeouts (<c>Spotify:*</c>, <c>Features:*</c>); a lookup may call several in turn, so the page
/// gets one budget of its own.
/// </summary>
public sealed class LiveLookupOptions
{
    public const string Section = "Lookup";

    /// <summary>The whole live lookup behind one page or API call; then the catalog results and a message.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Fewer catalog tracks than this make a thin artist profile: the live lookup is asked for more first.</summary>
    [Range(1, 100)]
    public int MinArtistTracks { get; set; } = 3;

    /// <summary>The most tracks an artist's profile is made of (the most popular first).</summary>
    [Range(1, 5000)]
    public int MaxArtistTracks { get; set; } = 300;

    /// <summary>Spotify's part of the search-box suggestions: they help only while the listener is still typing.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan SuggestBudget { get; set; } = TimeSpan.FromSeconds(3);
}
