using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>
/// The must-show: 200 anonymous raters, each with their own cookies, search, get a list
/// and rate it through the public API alone; the admin results then show about a 50/50 split and
/// exactly the numbers the Domain statistics give for the stored ratings.
/// </summary>
[Collection(SeededSiteCollection.Name)]
public sealed class ExperimentThroughApiTests(SeededSiteFixture fixture) : IAsyncLifetime
{
    private const string Experiment = "recommender-vs-random";
    private static readonly string[] Songs = ["Shape of You", "Blinding Lights", "Bad Guy", "Levitating", "Someone Like You", "Uptown Funk", "Believer", "Perfect"];

    public Task InitializeAsync() => DefaultExperiment.StartAsync(fixture.Site);

    public Task DisposeAsync() => DefaultExperiment.StopAsync(fixture.Site);

    [Fact]
    public async Task TwoHundredAnonymousRaters_WhenRatingThroughTheApi_ShowUpOnTheDashboardSplitAboutEvenly()
    {
        var variants = new ConcurrentBag<string>();
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(async r =>
        {
            await gate.WaitAsync();
            try
            {
                variants.Add(await RateOneListAsync(r));
            }
            finally
            {
                gate.Release();
            }
        }));

        var admin = await Browsing.AdminAsync(fixture.Site);
        var results = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/admin/experiments/{Experiment}/results");

        // About 50/50: ours alone (binomial sd ≈ 7), and the site's exposure check on everyone.
        Assert.InRange(variants.Count(v => v == "model"), 70, 130);
        Assert.False(results.GetProperty("sampleRatio").GetProperty("mismatch").GetBoolean());
        Assert.True(results.GetProperty("sampleRatio").GetProperty("p").GetDouble() >= 0.001);
        Assert.True(results.GetProperty("enoughData").GetBoolean());

        var expected = ExpectedReport();
        foreach (var variant in expected.Variants)
        {
            var actual = results.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("name").GetString() == variant.Name);
            Assert.Equal(variant.Exposures, actual.GetProperty("exposures").GetInt64());
            Assert.Equal(variant.Raters, actual.GetProperty("raters").GetInt64());
            Assert.Equal(variant.Impressions, actual.GetProperty("impressions").GetInt64());
            Assert.Equal(variant.Ratings, actual.GetProperty("ratings").GetInt64());
            Assert.Equal(variant.StarCounts, actual.GetProperty("starCounts").EnumerateArray().Select(c => c.GetInt64()));
            Same(variant.MeanStars, actual.GetProperty("meanStars"));
            Same(variant.MeanStarsCi95?.Low, actual.GetProperty("meanStarsCi95")[0]);
            Same(variant.MeanStarsCi95?.High, actual.GetProperty("meanStarsCi95")[1]);
            Same(variant.PositiveRate, actual.GetProperty("positiveRate"));
            Same(variant.PositiveRateCi95?.Low, actual.GetProperty("positiveRateCi95")[0]);
            Same(variant.PositiveRateCi95?.High, actual.GetProperty("positiveRateCi95")[1]);
        }
        var comparison = Assert.Single(expected.Comparisons);
        var shown = results.GetProperty("comparisons")[0];
        Assert.Equal("model", shown.GetProperty("variant").GetString());
        Same(comparison.MeanDifference, shown.GetProperty("meanDifference"));
        Same(comparison.Welch?.PValue, shown.GetProperty("welchP"));
        Same(comparison.TwoProportion?.PValue, shown.GetProperty("twoProportionP"));
        Same(comparison.ProbabilityToBeatControl, shown.GetProperty("probabilityToBeatControl"));
        Same(expected.SampleRatio.Test?.PValue, results.GetProperty("sampleRatio").GetProperty("p"));
        // The raters liked the model's picks more (see RateOneListAsync); the statistics should say so.
        Assert.True(comparison.Welch!.PValue < 0.001);
    }

    [Fact]
    public async Task Csv_WhenAnAdminExportsTheRatings_HasOneRowPerStoredRating()
    {
        var visitor = Browsing.Start(fixture.Site);
        var list = await visitor.RecommendAsync("Perfect Ed Sheeran");
        var impression = list.GetProperty("impressionId").GetString()!;
        var trackId = list.GetProperty("items")[1].GetProperty("trackId").GetInt32();
        (await visitor.RateAsync(impression, trackId, 5)).Dispose();
        var admin = await Browsing.AdminAsync(fixture.Site);

        using var response = await admin.Http.GetAsync($"/Admin/Index?handler=Csv&name={Experiment}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"ratings-{Experiment}.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rating_id,experiment,variant,impression_id,rater_id,", lines[0], StringComparison.Ordinal);
        Assert.Equal(fixture.Site.Scalar($"SELECT COUNT(*) FROM Ratings r JOIN Impressions i ON i.Id = r.ImpressionId JOIN Experiments e ON e.Id = i.ExperimentId WHERE e.Name = '{Experiment}'"), lines.Length - 1);
        var row = Assert.Single(lines, l => l.Contains($",{impression},", StringComparison.Ordinal));
        var fields = row.Split(',');
        Assert.Equal(list.GetProperty("variant").GetString(), fields[2]);
        Assert.Equal("2", fields[10]);
        Assert.Equal(trackId.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[11]);
        Assert.Equal("5", fields[^3]);
    }

    /// <summary>A new visitor: search, take the list, rate every pick (model picks a little higher).</summary>
    private async Task<string> RateOneListAsync(int rater)
    {
        var visitor = Browsing.Start(fixture.Site);
        var list = await visitor.RecommendAsync(Songs[rater % Songs.Length], rater % 3 == 0 ? "kpop" : "anime");
        var variant = list.GetProperty("variant").GetString()!;
        var impression = list.GetProperty("impressionId").GetString()!;
        var random = new Random(rater);
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var stars = variant == "model" ? random.Next(2, 6) : random.Next(1, 5);
            using var response = await visitor.RateAsync(impression, item.GetProperty("trackId").GetInt32(), stars);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return variant;
    }

    /// <summary>The report the Domain builds from the stored rows, read straight from the database file.</summary>
    private ExperimentReport ExpectedReport()
    {
        using var connection = new SqliteConnection(fixture.Site.ConnectionString);
        connection.Open();
        var experimentId = Query(connection, $"SELECT Id FROM Experiments WHERE Name = '{Experiment}'", r => r.GetInt64(0)).Single();
        var data = Query(connection, $"SELECT Name, Weight FROM ExperimentVariants WHERE ExperimentId = {experimentId}", r => (Name: r.GetString(0), Weight: r.GetDouble(1)))
            .Select(v => new VariantData(
                v.Name,
                v.Weight,
                Count(connection, $"SELECT COUNT(*) FROM ExperimentAssignments WHERE ExperimentId = {experimentId} AND Variant = '{v.Name}'"),
                Count(connection, $"SELECT COUNT(DISTINCT RaterId) FROM Impressions WHERE ExperimentId = {experimentId} AND Variant = '{v.Name}'"),
                Count(connection, $"SELECT COUNT(*) FROM Impressions WHERE ExperimentId = {experimentId} AND Variant = '{v.Name}'"),
                StarSample.FromStars(Query(connection,
                    $"SELECT r.Stars FROM Ratings r JOIN Impressions i ON i.Id = r.ImpressionId WHERE i.ExperimentId = {experimentId} AND i.Variant = '{v.Name}'",
                    r => r.GetInt32(0)))))
            .ToArray();
        var control = Query(connection, $"SELECT ControlVariant FROM Experiments WHERE Id = {experimentId}", r => r.GetString(0)).Single();
        return ExperimentReport.Build(Experiment, control, data);
    }

    private static long Count(SqliteConnection connection, string sql) => Query(connection, sql, r => r.GetInt64(0)).Single();

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static void Same(double? expected, JsonElement actual)
    {
        Assert.NotNull(expected);
        Assert.Equal(expected.Value, actual.GetDouble(), 1e-12);
    }
}
