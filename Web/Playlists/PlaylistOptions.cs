using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Playlists;

/// <summary>Section "Playlists": how much of a playlist a listener may bring, and how much of it is looked up live.</summary>
public sealed class PlaylistOptions
{
    public const string Section = "Playlists";

    /// <summary>The largest upload or body; an Exportify CSV with audio features is about 400 bytes a song.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The most songs one playlist may have.</summary>
    [Range(1, 20_000)]
    public int MaxRows { get; set; } = 2000;

    /// <summary>Songs of one playlist looked up live (neither the file nor the catalog has their features); the rest are reported unmatched.</summary>
    [Range(0, 20_000)]
    public int MaxLiveLookups { get; set; } = 400;

    /// <summary>How long the live lookups for one playlist may take in all.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan LookupBudget { get; set; } = TimeSpan.FromSeconds(30);
}
