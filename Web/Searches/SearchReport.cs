using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Searches;

public sealed record SearchReport(
    long Searches,
    long Raters,
    long NotFound,
    IReadOnlyList<SearchedSong> TopSongs,
    IReadOnlyList<Counted> TopArtists,
    IReadOnlyList<Counted> TopMisses,
    IReadOnlyList<Counted> Catalogs,
    IReadOnlyList<DailySearches> PerDay,
    DateTime? LastSearch,
    DateTime? LastImpression,
    DateTime? LastRating)
{
    /// <summary>Searches by what they started from: song, artist, playlist.</summary>
    public IReadOnlyList<Counted> Seeds { get; init; } = [];
}
