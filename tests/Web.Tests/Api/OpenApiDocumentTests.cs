using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Api;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is the API's reference: every <c>/api</c> endpoint the site maps is in it with
/// its route and query parameters, typed responses and problem+json errors; the contract's parameter
/// names are pinned here as docs/api.md promises them.
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    /// <summary>The query (and header) parameters of each operation: the contract, written out by hand.</summary>
    private static readonly Dictionary<string, string[]> ContractParameters = new()
    {
        ["GET /api/tracks/search"] = ["q", "limit"],
        ["GET /api/tracks/suggest"] = ["q", "limit"],
        ["GET /api/recommendations"] = ["catalog", "top", "nprobe", "exact", "trackId", "spotifyId", "q", "artist",
            "danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo"],
        ["POST /api/playlists/recommendations"] = ["catalog", "top", "X-XSRF-TOKEN"],
        ["GET /api/catalog/stats"] = [],
        ["GET /api/antiforgery/token"] = [],
        ["POST /api/ratings"] = ["X-XSRF-TOKEN"],
        ["GET /api/admin/experiments/{name}/results"] = ["name"],
        ["GET /api/admin/searches"] = ["days"],
        ["POST /api/admin/retrain"] = ["X-XSRF-TOKEN"],
        ["GET /api/admin/runs/{id}"] = ["id"],
        ["PUT /api/me/digest"] = ["X-XSRF-TOKEN"],
        ["POST /api/admin/digests/run"] = ["X-XSRF-TOKEN"],
        ["GET /api/admin/digests/runs/{id}"] = ["id"],
    };

    private readonly SiteFactory _site = new(seed: false);
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        await _site.WaitUntilReadyAsync();
        using var response = await _site.CreateClient().GetAsync(ApiDocs.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Document_ListsEveryApiEndpointTheSiteMaps_AndNothingElse()
    {
        var mapped = ApiEndpoints().Select(e => e.Operation).Order(StringComparer.Ordinal).ToList();
        var documented = Operations().Select(o => o.Operation).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(mapped);
        Assert.Equal(mapped, documented);
        Assert.Equal(ContractParameters.Keys.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void EveryOperation_HasTheRouteAndQueryParametersItsEndpointReads_WithTheirLimits()
    {
        var operations = Operations().ToDictionary(o => o.Operation, o => o.Body);
        foreach (var (operation, endpoint) in ApiEndpoints())
        {
            var parameters = operations[operation].TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p)
                : [];
            foreach (var routeParameter in endpoint.RoutePattern.Parameters)
            {
                Assert.True(parameters.TryGetValue(routeParameter.Name, out var documented), $"{operation}: route parameter {routeParameter.Name} is missing");
                Assert.Equal("path", documented.GetProperty("in").GetString());
            }
            foreach (var declared in endpoint.Metadata.GetMetadata<DeclaredQuery>()?.Parameters ?? [])
            {
                Assert.True(parameters.TryGetValue(declared.Name, out var documented), $"{operation}: query parameter {declared.Name} is missing");
                Assert.Equal("query", documented.GetProperty("in").GetString());
                Assert.False(string.IsNullOrWhiteSpace(documented.GetProperty("description").GetString()), $"{operation}: {declared.Name} has no description");
                Assert.Equal(declared.Required, documented.TryGetProperty("required", out var required) && required.GetBoolean());
                var schema = documented.GetProperty("schema");
                Assert.Equal(declared.Type.ToString().ToLowerInvariant(), schema.GetProperty("type").GetString());
                if (declared.Minimum is { } min) Assert.Equal(min, schema.GetProperty("minimum").GetDouble());
                if (declared.Maximum is { } max) Assert.Equal(max, schema.GetProperty("maximum").GetDouble());
                if (declared.MaxLength is { } length) Assert.Equal(length, schema.GetProperty("maxLength").GetInt32());
                if (declared.Default is { } value) Assert.Equal(value, schema.GetProperty("default").GetRawText());
            }
            Assert.Equal(ContractParameters[operation].Order(StringComparer.Ordinal), parameters.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Recommendations_DocumentsTheFeatureRangesAndTheDefaults()
    {
        var parameters = Operations().Single(o => o.Operation == "GET /api/recommendations").Body.GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.Equal("number", parameters["tempo"].GetProperty("type").GetString());
        Assert.Equal(300, parameters["tempo"].GetProperty("maximum").GetDouble());
        Assert.Equal(-60, parameters["loudness"].GetProperty("minimum").GetDouble());
        Assert.Equal(10, parameters["top"].GetProperty("default").GetInt32());
        Assert.Equal(["anime", "kpop"], parameters["catalog"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("boolean", parameters["exact"].GetProperty("type").GetString());
    }

    [Fact]
    public void PlaylistRecommendations_DocumentsTheBodyFormatsItReads()
    {
        var content = Operations().Single(o => o.Operation == "POST /api/playlists/recommendations").Body.GetProperty("requestBody").GetProperty("content");

        Assert.Equal(["application/json", "multipart/form-data", "text/csv", "text/plain"], content.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("array", content.GetProperty("application/json").GetProperty("schema").GetProperty("properties").GetProperty("spotifyIds").GetProperty("type").GetString());
        Assert.Equal("binary", content.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
    }

    [Fact]
    public void EveryOperation_DescribesItsSuccessWithASchema_AndItsErrorsAsProblemJson()
    {
        foreach (var (operation, body) in Operations())
        {
            var responses = body.GetProperty("responses").EnumerateObject().ToList();
            var success = Assert.Single(responses, r => r.Name is "200" or "202");
            Assert.True(success.Value.GetProperty("content").GetProperty("application/json").GetProperty("schema").TryGetProperty("$ref", out _)
                || success.Value.GetProperty("content").GetProperty("application/json").GetProperty("schema").TryGetProperty("items", out _),
                $"{operation}: the success response has no schema");
            Assert.Contains(responses, r => r.Name == "429");
            foreach (var error in responses.Where(r => r.Name.StartsWith('4') || r.Name.StartsWith('5')))
                Assert.True(error.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{operation} {error.Name} is not problem+json");
        }
    }

    [Fact]
    public void Schemas_UseTheJsonFieldNamesTheApiWrites()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas");
        string[] Fields(string schema) => [.. schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name)];

        Assert.Equal(["impressionId", "notice", "experiment", "variant", "query", "catalog", "modelVersion", "cluster", "similarArtists", "items"], Fields("RecommendationsResponse"));
        Assert.Equal(["kind", "trackId", "spotifyId", "title", "artists", "features", "source", "notice", "alternatives"], Fields("RecommendationQuery"));
        Assert.Equal(["trackId", "spotifyId", "title", "artists"], Fields("AlternativeSong"));
        Assert.Equal(["playlist", "items", "impressionId", "variant", "experiment", "catalog", "modelVersion", "similarArtists"], Fields("PlaylistRecommendationsResponse"));
        Assert.Equal(["tracks", "matched", "unmatched"], Fields("PlaylistSummaryResponse"));
        Assert.Equal(["row", "title", "artists", "reason"], Fields("UnmatchedRowResponse"));
        Assert.Equal(["rank", "trackId", "spotifyId", "title", "artists", "album", "year", "genres", "similarity", "spotifyUrl", "reason", "songId", "versions"],
            Fields("RecommendedTrack"));
        Assert.Equal(["trackId", "spotifyId", "title", "album", "year", "spotifyUrl"], Fields("RecommendedVersion"));
        Assert.Equal(["id", "spotifyId", "title", "artists", "album", "year", "catalogs"], Fields("TrackResult"));
        Assert.Equal(["id", "spotifyId", "title", "artists", "album", "catalogs", "source", "year"], Fields("TrackSuggestion"));
        Assert.Equal(["impressionId", "trackId", "rank", "stars", "saved", "savedAt"], Fields("RatingResponse"));
        Assert.Equal(["runId", "started", "status", "statusUrl"], Fields("RetrainAcceptedResponse"));
        Assert.Equal("integer", schemas.GetProperty("TrackCounts").GetProperty("properties").GetProperty("anime").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/docs")]
    [InlineData("/api/docs/")]
    public async Task DocsPage_Answers200WithItsScriptAllowedByNonceOnly(string path)
    {
        using var response = await _site.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = policy.Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Contains(ApiDocs.DocumentPath.TrimStart('/'), html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsPage_ServesScalarFromTheSite_AndEveryOtherPageKeepsTheStrictPolicy()
    {
        var client = _site.CreateClient();
        using var script = await client.GetAsync("/api/docs/scalar.js");
        using var home = await client.GetAsync("/");
        using var api = await client.GetAsync("/api/catalog/stats");
        using var first = await client.GetAsync("/api/docs");
        using var second = await client.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(home.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(api.Headers.GetValues("Content-Security-Policy")));
        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    private IEnumerable<(string Operation, RouteEndpoint Endpoint)> ApiEndpoints() =>
        _site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal)
                && !raw.StartsWith(ApiDocs.PagePath, StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => ($"{m} {DocumentPath(e.RoutePattern)}", e)));

    private IEnumerable<(string Operation, JsonElement Body)> Operations() =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => ($"{op.Name.ToUpper(CultureInfo.InvariantCulture)} {path.Name}", op.Value)));

    /// <summary>The route as OpenAPI writes it: parameters without their constraints (<c>{id:int}</c> → <c>{id}</c>).</summary>
    private static string DocumentPath(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => "",
        }))));
}
