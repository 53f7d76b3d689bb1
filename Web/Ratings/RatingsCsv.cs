using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Ratings;

/// <summary>Every rating of an experiment as CSV (RFC 4180), streamed row by row.</summary>
public static class RatingsCsv
{
    private const string Header = "rating_id,experiment,variant,impression_id,rater_id,signed_in,source,catalog,model_version,query_track_id,rank,track_id,spotify_id,title,artists,similarity,stars,rated_at,updated_at";

    public static async Task WriteAsync(AppDbContext db, Experiment experiment, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(experiment);
        var rows =
            from r in db.Ratings.AsNoTracking()
            join i in db.Impressions.AsNoTracking() on r.ImpressionId equals i.Id
            join t in db.Tracks.AsNoTracking() on r.TrackId equals t.Id
            where i.ExperimentId == experiment.Id
            orderby r.Id
            select new
            {
                r.Id, i.Variant, r.ImpressionId, r.RaterId, SignedIn = i.UserId != null, i.Source, i.Catalog, i.ModelVersion, i.QueryTrackId,
                i.Items, r.TrackId, t.SpotifyId, t.Title, t.Artists, r.Stars, r.CreatedAt, r.UpdatedAt,
            };
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(Header);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // The items are the impression's JSON column; a rating is only stored for a track in it.
            var item = row.Items.FirstOrDefault(x => x.TrackId == row.TrackId);
            if (item is null) continue;
            await writer.WriteLineAsync(string.Join(',',
                Num(row.Id), Text(experiment.Name), Text(row.Variant), row.ImpressionId.ToString(), Text(row.RaterId), row.SignedIn ? "true" : "false",
                Text(row.Source), row.Catalog.Name(), Num(row.ModelVersion), row.QueryTrackId is { } q ? Num(q) : "", Num(item.Rank), Num(row.TrackId),
                Text(row.SpotifyId), Text(row.Title), Text(row.Artists), item.Similarity.ToString("0.######", CultureInfo.InvariantCulture),
                Num(row.Stars), Time(row.CreatedAt), Time(row.UpdatedAt)));
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Quotes where needed, and defuses text a spreadsheet would run as a formula.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
