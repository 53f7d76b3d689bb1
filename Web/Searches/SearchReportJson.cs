using System.Globalization;
namespace MusicRecommender.Web.Searches;

/// <summary>The search analytics as the admin API answers them.</summary>
public static class SearchReportJson
{
    public static object From(SearchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            searches = report.Searches,
            raters = report.Raters,
            notFound = report.NotFound,
            topSongs = report.TopSongs.Select(s => new { trackId = s.TrackId, title = s.Title, artists = s.Artists, searches = s.Searches }),
            topArtists = report.TopArtists.Select(a => new { artist = a.Name, searches = a.Count }),
            topMisses = report.TopMisses.Select(m => new { text = m.Name, searches = m.Count }),
            catalogs = report.Catalogs.Select(c => new { catalog = c.Name, searches = c.Count }),
            seeds = report.Seeds.Select(s => new { seed = s.Name, searches = s.Count }),
            perDay = report.PerDay.Select(d => new { day = d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), searches = d.Searches }),
            lastSearchAt = Utc(report.LastSearch),
            lastImpressionAt = Utc(report.LastImpression),
            lastRatingAt = Utc(report.LastRating),
        };
    }

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}
