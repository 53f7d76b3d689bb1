using System.Net;
using System.Text.RegularExpressions;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>Rating from the results page with a plain form post (no JavaScript), as a browser without script does.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed partial class ResultsRatingTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task RatingForm_WhenPostedWithoutJavaScript_SavesAndShowsTheSameListWithTheStars()
    {
        var visitor = Browsing.Start(fixture.Site);
        var trackId = fixture.Site.Scalar("SELECT Id FROM Tracks WHERE Title = 'Shape of You' AND Artists = 'Ed Sheeran' ORDER BY Id LIMIT 1");
        var url = $"/results?trackId={trackId}&catalog=kpop";
        var html = await visitor.Http.GetStringAsync(url);
        var impression = Field(html, "Input.ImpressionId");
        var firstTrack = Field(html, "Input.TrackId");
        var impressionsBefore = fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions");

        using var posted = await visitor.Http.PostAsync("/Ratings/Rate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browsing.AntiforgeryField(html),
            ["Input.ImpressionId"] = impression,
            ["Input.TrackId"] = firstTrack,
            ["Input.ReturnUrl"] = url,
            ["Input.Stars"] = "4",
        }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var back = posted.Headers.Location!.OriginalString;
        Assert.StartsWith($"/results?trackId={trackId}&catalog=kpop&impression={impression}", back, StringComparison.Ordinal);
        Assert.EndsWith("#rate-1", back, StringComparison.Ordinal);
        var again = await visitor.Http.GetStringAsync(back[..back.IndexOf('#', StringComparison.Ordinal)]);
        Assert.Equal(impression, Field(again, "Input.ImpressionId"));
        Assert.Equal(TrackIds(html), TrackIds(again));
        Assert.Contains("aria-pressed=\"true\" aria-label=\"4 stars\"", again, StringComparison.Ordinal);
        Assert.Contains("Thanks — saved 4 stars for pick 1.", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        Assert.Equal(impressionsBefore, fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions"));
        Assert.Equal(4, fixture.Site.Scalar($"SELECT Stars FROM Ratings WHERE ImpressionId = '{impression.ToUpperInvariant()}' AND TrackId = {firstTrack}"));
    }

    [Fact]
    public async Task RatingForm_WhenPostedWithoutItsToken_IsRefused()
    {
        var visitor = Browsing.Start(fixture.Site);
        var html = await visitor.Http.GetStringAsync("/results?q=Shape%20of%20You%20Ed%20Sheeran&catalog=anime");

        using var posted = await visitor.Http.PostAsync("/Ratings/Rate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.ImpressionId"] = Field(html, "Input.ImpressionId"),
            ["Input.TrackId"] = Field(html, "Input.TrackId"),
            ["Input.Stars"] = "5",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, fixture.Site.Scalar($"SELECT COUNT(*) FROM Ratings WHERE ImpressionId = '{Field(html, "Input.ImpressionId").ToUpperInvariant()}'"));
    }

    [Fact]
    public async Task ResultsPage_WhenShown_RecordsAPageImpressionAndTheSearchText()
    {
        var visitor = Browsing.Start(fixture.Site);

        var html = await visitor.Http.GetStringAsync("/results?q=Someone%20Like%20You%20Adele&catalog=anime");

        var impression = Field(html, "Input.ImpressionId").ToUpperInvariant();
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Impressions WHERE Id = '{impression}' AND Source = 'page'"));
        Assert.Equal(10, Regex.Count(html, "class=\"rating\""));
        Assert.True(fixture.Site.Scalar("SELECT COUNT(*) FROM Searches WHERE Text = 'Someone Like You Adele' AND Source = 'page' AND Found = 1") >= 1);
    }

    private static string Field(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]+)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No {name} on the page.");

    private static string[] TrackIds(string html) => TrackIdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex("data-track-id=\"(\\d+)\"")]
    private static partial Regex TrackIdAttribute();
}
