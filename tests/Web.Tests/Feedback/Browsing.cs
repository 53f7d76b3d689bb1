using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Infrastructure.Identity;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>
/// One visitor of the site: their own cookie jar over https://localhost (the site's cookies are
/// Secure and __Host-), with helpers for the public API and the account pages.
/// </summary>
internal sealed partial class Browsing(HttpClient http)
{
    private string? _token;

    public HttpClient Http => http;

    public static Browsing Start(SiteFactory site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

    public async Task<JsonElement> RecommendAsync(string query, string catalog = "anime")
    {
        using var response = await http.GetAsync($"/api/recommendations?q={Uri.EscapeDataString(query)}&catalog={catalog}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> TokenAsync()
    {
        if (_token is not null) return _token;
        var json = await http.GetFromJsonAsync<JsonElement>("/api/antiforgery/token");
        Assert.Equal("X-XSRF-TOKEN", json.GetProperty("headerName").GetString());
        return _token = json.GetProperty("token").GetString()!;
    }

    public async Task<HttpResponseMessage> RateAsync(object body, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings") { Content = JsonContent.Create(body) };
        if (withToken) request.Headers.Add("X-XSRF-TOKEN", await TokenAsync());
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> RateAsync(string impressionId, int trackId, int stars) =>
        RateAsync(new { impressionId, trackId, stars });

    /// <summary>GETs a page and posts its form (with the page's antiforgery token) and the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        var html = await http.GetStringAsync(pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryField(html) };
        return await http.PostAsync(postUrl, new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        SubmitAsync("/Identity/Account/Login", "/Identity/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public static string AntiforgeryField(string html) => TokenField().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>Creates a confirmed user through the site's own UserManager (fast; registration itself has its own test).</summary>
    public static async Task CreateUserAsync(SiteFactory site, string email, string password, bool admin = false)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Data.Entities.AppUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var created = await users.CreateAsync(new Infrastructure.Data.Entities.AppUser { UserName = email, Email = email, EmailConfirmed = true }, password);
            Assert.True(created.Succeeded, AdminAccounts.Describe(created));
        }
        if (admin) await accounts.PromoteAsync(email);
    }

    /// <summary>A new visitor signed in as an admin (created if needed).</summary>
    public static async Task<Browsing> AdminAsync(SiteFactory site, string email = "tests-admin@example.com")
    {
        const string password = "tests admin password";
        await CreateUserAsync(site, email, password, admin: true);
        var admin = Start(site);
        using var response = await admin.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return admin;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
