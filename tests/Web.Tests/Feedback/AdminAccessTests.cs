using System.Net;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>The admin area is authorized by folder: anonymous → login, signed in without the role → 403.</summary>
public sealed class AdminAccessTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new(seed: false);

    public static TheoryData<string> AdminPages => ["/Admin", "/Admin/Index", "/Admin/Experiments", "/Admin/Searches", "/Admin/Jobs", "/Admin/Index?handler=Csv&name=recommender-vs-random"];

    public Task InitializeAsync() => _site.WaitUntilReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenAnonymous_RedirectsToSignIn(string path)
    {
        var visitor = Browsing.Start(_site);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenSignedInWithoutTheAdminRole_Returns403(string path)
    {
        var visitor = await SignedInAsync("listener@example.com", admin: false);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This page is for admins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenSignedInAsAdmin_IsShown(string path)
    {
        var visitor = await SignedInAsync("admin@example.com", admin: true);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_WhenNotAnAdmin_AnswersProblemJsonWithoutRedirecting()
    {
        var anonymous = Browsing.Start(_site);
        var listener = await SignedInAsync("listener2@example.com", admin: false);
        var admin = await SignedInAsync("admin2@example.com", admin: true);
        const string results = "/api/admin/experiments/recommender-vs-random/results";

        using var unauthenticated = await anonymous.Http.GetAsync(results);
        using var forbidden = await listener.Http.GetAsync(results);
        using var allowed = await admin.Http.GetAsync(results);
        using var searches = await admin.Http.GetAsync("/api/admin/searches");
        using var unknown = await admin.Http.GetAsync("/api/admin/experiments/no-such-thing/results");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("\"notFound\"", await searches.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<Browsing> SignedInAsync(string email, bool admin)
    {
        await Browsing.CreateUserAsync(_site, email, "a long enough password", admin);
        var visitor = Browsing.Start(_site);
        using var response = await visitor.SignInAsync(email, "a long enough password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return visitor;
    }
}
