using System.Net;
using System.Text;
using MusicRecommender.Web.Tests.Feedback;
using static MusicRecommender.Web.Tests.Keyless.KeylessLookupTests;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>"Recommend for my playlist" on the site: upload, the list, export, rating without JavaScript.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class PlaylistPageTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task Upload_ShowsTheListForThePlaylistWhichCanBeExportedAndRated()
    {
        var visitor = Browsing.Start(fixture.Site);
        var songs = PlaylistFiles.CatalogSongs(fixture.Site, 8, skip: 40);

        using var posted = await UploadAsync(visitor, PlaylistFiles.TrackUriCsv(songs) + "\"spotify:local:Me:x:demo.mp3:1\",\"demo.mp3\",\"\",\"Me\",\"\",\"1\",\"0\",\"false\",\"\",\"\"\n");
        var location = posted.Headers.Location!.OriginalString;
        var html = WebUtility.HtmlDecode(await visitor.Http.GetStringAsync(location));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/playlist?impression=", location, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "class=\"recommendation\""));
        Assert.Contains("We used 8 of its 9 songs.", html.Replace("<strong id=\"playlist-matched\">", "", StringComparison.Ordinal).Replace("</strong>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("demo.mp3", html, StringComparison.Ordinal);
        Assert.Contains("a local file, not on Spotify", html, StringComparison.Ordinal);

        var impression = location.Split("impression=")[1].Split('#', '&')[0];
        var uris = await visitor.Http.GetStringAsync($"/export?impression={impression}&format=uris");
        var csv = await visitor.Http.GetStringAsync($"/export?impression={impression}&format=csv");
        Assert.Equal(10, uris.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(uris.Split('\n', StringSplitOptions.RemoveEmptyEntries), u => Assert.Matches("^spotify:track:[A-Za-z0-9]{22}$", u));
        Assert.StartsWith("\"Track URI\",\"Track Name\",\"Artist Name(s)\"", csv, StringComparison.Ordinal);
        Assert.Equal(11, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var stranger = await Browsing.Start(fixture.Site).Http.GetAsync($"/export?impression={impression}&format=csv");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);

        // Without JavaScript the rating form posts, and the same list comes back with the stars.
        var trackId = html.Split("data-track-id=\"")[1].Split('"')[0];
        using var rated = await visitor.SubmitAsync(location, "/Ratings/Rate", new Dictionary<string, string>
        {
            ["Input.ImpressionId"] = impression, ["Input.TrackId"] = trackId, ["Input.Stars"] = "5", ["Input.ReturnUrl"] = location.Split('#')[0],
        });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.StartsWith("/playlist?impression=", rated.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Ratings WHERE TrackId = {trackId} AND Stars = 5"));
        var again = WebUtility.HtmlDecode(await visitor.Http.GetStringAsync(rated.Headers.Location.OriginalString));
        Assert.Contains("Your rating: 5 of 5", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WhenTheFileIsNotAPlaylist_SaysWhyOnThePage()
    {
        var visitor = Browsing.Start(fixture.Site);

        using var posted = await UploadAsync(visitor, "title,artist\nShape of You,Ed Sheeran\n");
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("not an Exportify export", html, StringComparison.Ordinal);
        Assert.Equal(0, Count(html, "class=\"recommendation\""));
    }

    [Fact]
    public async Task Post_WithoutTheFormsToken_IsRefused()
    {
        var visitor = Browsing.Start(fixture.Site);
        using var form = new MultipartFormDataContent { { new StringContent("anime"), "Input.Catalog" }, { new StringContent("https://open.spotify.com/track/7qiZfU4dY1lWllzX7mPBI3"), "Input.Text" } };

        using var posted = await visitor.Http.PostAsync("/playlist", form);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
    }

    [Fact]
    public async Task Page_IsLinkedFromEveryPageAndHasTheUploadForm()
    {
        var html = await Browsing.Start(fixture.Site).Http.GetStringAsync("/playlist");

        Assert.Contains("href=\"/playlist\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("Recommend for my playlist", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browsing visitor, string csv)
    {
        var page = await visitor.Http.GetStringAsync("/playlist");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browsing.AntiforgeryField(page)), "__RequestVerificationToken" },
            { new StringContent("kpop"), "Input.Catalog" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new("text/csv") } }, "Input.File", "my-playlist.csv" },
        };
        return await visitor.Http.PostAsync("/playlist", form);
    }
}
