using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>A search for recommendations (page or API), kept for the admins' search analytics.</summary>
public sealed class SearchEvent
{
    public const string SongSeed = "song";
    public const string ArtistSeed = "artist";
    public const string PlaylistSeed = "playlist";

    public int Id { get; set; }

    public required string RaterId { get; set; }

    /// <summary>What the listener typed, when they typed something.</summary>
    public string? Text { get; set; }

    /// <summary>The song the search resolved to, with its title and artists at the time.</summary>
    public int? TrackId { get; set; }

    public string? Title { get; set; }

    public string? Artists { get; set; }

    public TargetCatalog Catalog { get; set; }

    /// <summary>"page" or "api".</summary>
    public required string Source { get; set; }

    /// <summary>What the list started from: "song" (a song or features), "artist" or "playlist".</summary>
    public string Seed { get; set; } = SongSeed;

    /// <summary>Whether a recommendation list came back.</summary>
    public bool Found { get; set; }

    public DateTime CreatedAt { get; set; }
}
