using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>Issue 16 parts 4 and 6: failures keep their status code; deployment headers.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class ErrorStatusTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task UnknownPage_Answers404WithTheSitesPage()
    {
        using var client = Browsing.Start(fixture.Site).Http;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/json")]
    public async Task UnknownApiRoute_Answers404ProblemJsonWhateverTheBrowserAccepts(string accept)
    {
        using var client = Browsing.Start(fixture.Site).Http;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/no-such");
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/Error")]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    [InlineData("/Identity/Account/Manage/GenerateRecoveryCodes")]
    [InlineData("/Identity/Account/Manage/Disable2fa")]
    public async Task PagesThatAreNotOffered_Answer404(string path)
    {
        using var client = Browsing.Start(fixture.Site).Http;

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Logout_WithAnExternalReturnUrl_RedirectsHome()
    {
        var visitor = Browsing.Start(fixture.Site);

        using var response = await visitor.SubmitAsync("/Identity/Account/Login", "/Identity/Account/Logout?returnUrl=https://evil.example/", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Register_WithAnExternalReturnUrl_ShowsThePage()
    {
        using var client = Browsing.Start(fixture.Site).Http;

        using var response = await client.GetAsync("/Identity/Account/Register?returnUrl=https://evil.example/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"Input.Email\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_Answers405()
    {
        using var client = Browsing.Start(fixture.Site).Http;

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHstsForAYearWithSubdomains()
    {
        using var client = Browsing.Start(fixture.Site).Http;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "music.example.org"; // HSTS is never sent to localhost

        using var response = await client.SendAsync(request);

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task UnhandledException_Answers500_TheSitesPageForPeopleAndProblemJsonForTheApi()
    {
        using var site = new SiteFactory(seed: false);
        using var throwing = site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingRoute>()));
        using var client = throwing.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, ThrowingRoute.Path);
        page.Headers.Accept.ParseAdd("text/html");

        using var pageResponse = await client.SendAsync(page);
        using var apiResponse = await client.GetAsync("/api" + ThrowingRoute.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, pageResponse.StatusCode);
        Assert.Contains("Something went wrong", await pageResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A route that throws, at the end of the site's pipeline (inside its exception handler).</summary>
    private sealed class ThrowingRoute : IStartupFilter
    {
        public const string Path = "/test-throws";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, inner) => context.Request.Path.Value?.EndsWith(Path, StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("A bug, on purpose.")
                : inner(context));
        };
    }
}
