using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>One search-box suggestion; <see cref="Id"/> is null for a song only Spotify knows.</summary>
internal sealed record TrackSuggestion(
    [property: Description("The local track id; null for a song only Spotify knows.")] int? Id,
    string SpotifyId,
    string Title,
    string Artists,
    string? Album,
    [property: Description("The catalogs it belongs to (anime, kpop, reference); empty for a song only Spotify knows.")] string[] Catalogs,
    [property: Description("local (the catalog) or spotify (found live).")] string Source)
{
    [Description("The release year, where known.")]
    public int? Year { get; init; }
}
