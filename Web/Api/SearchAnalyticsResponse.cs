using System.ComponentModel;
using System.Globalization;
using MusicRecommender.Web.Searches;

namespace MusicRecommender.Web.Api;

/// <summary>What listeners searched for over the last <c>days</c> days.</summary>
internal sealed record SearchAnalyticsResponse(
    long Searches,
    long Raters,
    [property: Description("Searches that found no song.")] long NotFound,
    IReadOnlyList<SearchedSongCount> TopSongs,
    IReadOnlyList<ArtistSearches> TopArtists,
    [property: Description("The texts searched most often that found nothing.")] IReadOnlyList<MissedSearches> TopMisses,
    IReadOnlyList<CatalogSearches> Catalogs,
    [property: Description("Searches by what they started from: song, artist or playlist.")] IReadOnlyList<SeedSearches> Seeds,
    IReadOnlyList<DaySearches> PerDay,
    DateTime? LastSearchAt,
    DateTime? LastImpressionAt,
    DateTime? LastRatingAt)
{
    public static SearchAnalyticsResponse From(SearchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Searches,
            report.Raters,
            report.NotFound,
            [.. report.TopSongs.Select(s => new SearchedSongCount(s.TrackId, s.Title, s.Artists, s.Searches))],
            [.. report.TopArtists.Select(a => new ArtistSearches(a.Name, a.Count))],
            [.. report.TopMisses.Select(m => new MissedSearches(m.Name, m.Count))],
            [.. report.Catalogs.Select(c => new CatalogSearches(c.Name, c.Count))],
            [.. report.Seeds.Select(s => new SeedSearches(s.Name, s.Count))],
            [.. report.PerDay.Select(d => new DaySearches(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Searches))],
            Utc(report.LastSearch),
            Utc(report.LastImpression),
            Utc(report.LastRating));
    }

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}

internal sealed record SearchedSongCount(int TrackId, string Title, string Artists, long Searches);

internal sealed record ArtistSearches(string Artist, long Searches);

internal sealed record MissedSearches(string Text, long Searches);

internal sealed record CatalogSearches(string Catalog, long Searches);

internal sealed record SeedSearches([property: Description("song, artist or playlist.")] string Seed, long Searches);

internal sealed record DaySearches([property: Description("yyyy-MM-dd (UTC).")] string Day, long Searches);
