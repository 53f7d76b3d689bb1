using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>A track of the local catalog, as the search answers it.</summary>
internal sealed record TrackResult(
    int Id,
    string SpotifyId,
    string Title,
    string Artists,
    string? Album,
    [property: Description("The catalogs it belongs to: any of anime, kpop, reference.")] string[] Catalogs);
