using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>A track of the local catalog, as the search answers it (one row per title and artists).</summary>
internal sealed record TrackResult(
    int Id,
    string SpotifyId,
    string Title,
    [property: Description("Display names; \"Unknown artist\" when none is known, never a slug.")] string Artists,
    string? Album,
    [property: Description("The release year, where known: same-named rows told apart.")] int? Year,
    [property: Description("The catalogs it belongs to: any of anime, kpop, reference.")] string[] Catalogs);
