using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>The rating upsert under concurrent raters and client retries, on SQLite and on PostgreSQL.</summary>
public abstract class ConcurrentRatingTests(SiteFactory site)
{
    private const int Raters = 16;

    [Fact]
    public async Task Ratings_WhenSixteenRatersPostAndReRateAtOnce_AreStoredOnceEachWithTheLastAcknowledgedStars()
    {
        var visitors = Enumerable.Range(0, Raters).Select(_ => Browsing.Start(site)).ToArray();
        var lists = await Task.WhenAll(visitors.Select(v => v.RecommendAsync("Bad Guy Billie Eilish")));
        await Task.WhenAll(visitors.Select(v => v.TokenAsync()));
        var acknowledged = new ConcurrentDictionary<(string Impression, int Track), int>();

        // Every rater rates every item at once; per item: a first rating, then a re-rating sent twice
        // concurrently (a client retry), so the stored value must be the re-rating, exactly once.
        await Task.WhenAll(visitors.Select((visitor, r) => Task.WhenAll(
            lists[r].GetProperty("items").EnumerateArray().Select(async (item, i) =>
            {
                var impression = lists[r].GetProperty("impressionId").GetString()!.ToUpperInvariant();
                var trackId = item.GetProperty("trackId").GetInt32();
                var first = 1 + (r + i) % 5;
                var last = 1 + (r * 3 + i * 7) % 5;
                await AcknowledgeAsync(visitor, impression, trackId, first, acknowledged);
                await Task.WhenAll(AcknowledgeAsync(visitor, impression, trackId, last, acknowledged), AcknowledgeAsync(visitor, impression, trackId, last, acknowledged));
            }))));

        var stored = ReadRatings(lists.Select(l => l.GetProperty("impressionId").GetString()!.ToUpperInvariant()).ToArray());
        Assert.Equal(lists.Sum(l => l.GetProperty("items").GetArrayLength()), acknowledged.Count);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.Equal(stored.Count, stored.Select(s => (s.Impression, s.Track)).Distinct().Count());
        foreach (var (impression, track, stars) in stored) Assert.Equal(acknowledged[(impression, track)], stars);
    }

    private static async Task AcknowledgeAsync(Browsing visitor, string impression, int trackId, int stars, ConcurrentDictionary<(string, int), int> acknowledged)
    {
        using var response = await visitor.RateAsync(impression, trackId, stars);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("saved").GetBoolean());
        acknowledged[(impression, trackId)] = body.GetProperty("stars").GetInt32();
    }

    private List<(string Impression, int Track, int Stars)> ReadRatings(string[] impressions)
    {
        using var connection = site.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"ImpressionId\", \"TrackId\", \"Stars\" FROM \"Ratings\" WHERE \"ImpressionId\" IN ({string.Join(",", impressions.Select(i => $"'{i}'"))})";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, int, int)>();
        // A GUID is upper-case text on SQLite and a uuid on PostgreSQL.
        while (reader.Read()) rows.Add((Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!.ToUpperInvariant(), reader.GetInt32(1), reader.GetInt32(2)));
        return rows;
    }
}

[Collection(SeededSiteCollection.Name)]
public sealed class ConcurrentRatingOnSqliteTests(SeededSiteFixture fixture) : ConcurrentRatingTests(fixture.Site);

[Collection(SeededPostgresSiteCollection.Name)]
public sealed class ConcurrentRatingOnPostgresTests(SeededPostgresSiteFixture fixture) : ConcurrentRatingTests(fixture.Site);
