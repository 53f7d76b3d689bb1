using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// One browser visiting both instances, as behind a load balancer. Cookies are not kept per port,
/// so a browser sends its cookies for 127.0.0.1 to either instance, and it keeps the site's
/// <c>Secure</c> <c>__Host-</c> cookies over plain HTTP on loopback. .NET's CookieContainer sends
/// Secure cookies only over HTTPS, so this visitor keeps its own small jar (name → value).
/// </summary>
internal sealed partial class Visitor
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyCollection<string> CookieNames
    {
        get
        {
            lock (_lock) return _cookies.Keys.ToList();
        }
    }

    /// <summary>A client for one instance that shares this visitor's cookies with the others.</summary>
    public HttpClient On(SiteProcess site) =>
        new(new JarHandler(this) { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } }) { BaseAddress = site.Address };

    public async Task<JsonElement> RecommendAsync(SiteProcess site, string query, string catalog = "anime")
    {
        using var http = On(site);
        using var response = await http.GetAsync($"/api/recommendations?q={Uri.EscapeDataString(query)}&catalog={catalog}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> AntiforgeryTokenAsync(SiteProcess site)
    {
        using var http = On(site);
        var json = await http.GetFromJsonAsync<JsonElement>("/api/antiforgery/token");
        return json.GetProperty("token").GetString()!;
    }

    public async Task<HttpResponseMessage> RateAsync(SiteProcess site, string token, string impressionId, int trackId, int stars)
    {
        using var http = On(site);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings") { Content = JsonContent.Create(new { impressionId, trackId, stars }) };
        request.Headers.Add("X-XSRF-TOKEN", token);
        return await http.SendAsync(request);
    }

    /// <summary>Gets the sign-in form (and its antiforgery token) from one instance and posts it to another.</summary>
    public async Task<HttpResponseMessage> SignInAsync(SiteProcess formFrom, SiteProcess postTo, string email, string password)
    {
        using var get = On(formFrom);
        var html = await get.GetStringAsync("/Identity/Account/Login");
        var token = TokenField().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var post = On(postTo);
        return await post.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public async Task<HttpResponseMessage> GetAsync(SiteProcess site, string path)
    {
        using var http = On(site);
        return await http.GetAsync(path);
    }

    private void Store(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var headers)) return;
        lock (_lock)
        {
            foreach (var header in headers)
            {
                var pair = header.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0) continue;
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || header.Contains("max-age=0", StringComparison.OrdinalIgnoreCase);
                if (expired || value.Length == 0) _cookies.Remove(name);
                else _cookies[name] = value;
            }
        }
    }

    private string? CookieHeader()
    {
        lock (_lock) return _cookies.Count == 0 ? null : string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
    }

    private sealed class JarHandler(Visitor visitor) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (visitor.CookieHeader() is { } cookies) request.Headers.Add("Cookie", cookies);
            var response = await base.SendAsync(request, cancellationToken);
            visitor.Store(response);
            return response;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
