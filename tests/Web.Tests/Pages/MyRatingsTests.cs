using System.Net;
using System.Text.RegularExpressions;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Pages;

/// <summary>Ratings stick: shown again on any list with the song, listed under My ratings, changeable, removable, kept at sign-in.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed partial class MyRatingsTests(SeededSiteFixture fixture)
{
    private const string Results = "/results?q=Blinding+Lights+The+Weeknd&catalog=anime";

    [Fact]
    public async Task Rating_WhenTheSongIsShownOnANewList_ShowsTheStarsThereAndOnMyRatings()
    {
        var visitor = Browsing.Start(fixture.Site);
        var (html, trackId) = await RateFirstPickAsync(visitor, Results, 4);

        // A new list (new impression) with the same songs: the identical list asked again would reuse its impression.
        var again = await visitor.Http.GetStringAsync(Results + "&top=11");
        Assert.NotEqual(Field(html, "Input.ImpressionId"), Field(again, "Input.ImpressionId"));
        Assert.Matches(StarsOf(trackId, 4), again);

        var mine = await visitor.Http.GetStringAsync("/ratings");
        Assert.Contains($"class=\"my-rating\" data-track-id=\"{trackId}\"", mine, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\" aria-label=\"4 stars\"", mine, StringComparison.Ordinal);
        Assert.Matches("rated <time datetime=\"\\d{4}-\\d{2}-\\d{2}\">", mine);
        Assert.DoesNotContain("my-rating", await Browsing.Start(fixture.Site).Http.GetStringAsync("/ratings"), StringComparison.Ordinal); // nobody else's
    }

    [Fact]
    public async Task Remove_WithTheFormsToken_DeletesTheRatingAndWithoutIt_IsRefused()
    {
        var visitor = Browsing.Start(fixture.Site);
        var (_, trackId) = await RateFirstPickAsync(visitor, "/results?q=Levitating+Dua+Lipa&catalog=kpop", 2);
        var form = new Dictionary<string, string> { ["trackId"] = trackId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["title"] = "x" };

        using var forged = await visitor.Http.PostAsync("/ratings?handler=Remove", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var removed = await visitor.SubmitAsync("/ratings", "/ratings?handler=Remove", form);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        var mine = WebUtility.HtmlDecode(await visitor.Http.GetStringAsync("/ratings"));
        Assert.Contains("Removed your rating of x.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-track-id=\"{trackId}\"", mine, StringComparison.Ordinal);
        Assert.DoesNotMatch(StarsOf(trackId, 2), await visitor.Http.GetStringAsync("/results?q=Levitating+Dua+Lipa&catalog=kpop"));
    }

    [Fact]
    public async Task SignIn_AfterRatingAnonymously_KeepsTheRatingsWithTheAccountOnAnotherDevice()
    {
        var email = $"merge-{Guid.NewGuid():N}@example.com";
        await Browsing.CreateUserAsync(fixture.Site, email, "merge password 1");
        var phone = Browsing.Start(fixture.Site);
        var (_, trackId) = await RateFirstPickAsync(phone, "/results?q=Bad+Guy+Billie+Eilish&catalog=anime", 5);

        using (await phone.SignInAsync(email, "merge password 1")) { }
        var laptop = Browsing.Start(fixture.Site);
        using (await laptop.SignInAsync(email, "merge password 1")) { }

        var mine = await laptop.Http.GetStringAsync("/ratings");
        Assert.Contains($"data-track-id=\"{trackId}\"", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explore_List_CanBeRatedAndComesBackWithTheStars()
    {
        var visitor = Browsing.Start(fixture.Site);
        const string explore = "/explore?danceability=0.85&energy=0.8&loudness=-5&speechiness=0.07&acousticness=0.05&instrumentalness=0.02&liveness=0.12&valence=0.65&tempo=122&catalog=anime";
        var (_, trackId) = await RateFirstPickAsync(visitor, explore, 3);

        Assert.Matches(StarsOf(trackId, 3), await visitor.Http.GetStringAsync(explore));
    }

    /// <summary>Rates the first pick of the page's list with the plain form (as without script) and follows the redirect.</summary>
    private static async Task<(string Html, int TrackId)> RateFirstPickAsync(Browsing visitor, string url, int stars)
    {
        var html = await visitor.Http.GetStringAsync(url);
        var trackId = int.Parse(Field(html, "Input.TrackId"), System.Globalization.CultureInfo.InvariantCulture);
        using var posted = await visitor.Http.PostAsync("/Ratings/Rate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browsing.AntiforgeryField(html),
            ["Input.ImpressionId"] = Field(html, "Input.ImpressionId"),
            ["Input.TrackId"] = trackId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ReturnUrl"] = url,
            ["Input.Stars"] = stars.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return (html, trackId);
    }

    /// <summary>A rating form of the track with the given stars pressed.</summary>
    private static Regex StarsOf(int trackId, int stars) =>
        new($"name=\"Input.TrackId\" value=\"{trackId}\"(?:(?!</form>).)*aria-pressed=\"true\" aria-label=\"{stars} star", RegexOptions.Singleline);

    private static string Field(string html, string name) =>
        new Regex($"name=\"{Regex.Escape(name)}\" value=\"([^\"]+)\"").Match(html).Groups[1].Value;
}
