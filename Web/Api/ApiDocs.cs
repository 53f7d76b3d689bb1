using Microsoft.AspNetCore.Rewrite;
using Microsoft.OpenApi;
using MusicRecommender.Web.Security;
using Scalar.AspNetCore;

namespace MusicRecommender.Web.Api;

/// <summary>
/// The API's reference: the OpenAPI document at <c>/openapi/v1.json</c>, built from the endpoints'
/// signatures, typed results and conventions (<see cref="ApiConventions"/>), and Scalar's browsable
/// view of it at <c>/api/docs</c>, served from the assets bundled in its package (no CDN).
/// </summary>
internal static class ApiDocs
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api/docs";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            // The JSON API only: pages, Identity and health checks are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "MusicRecommender API",
                    Version = "v1",
                    Description = "Recommendations, catalog search, ratings and the admin endpoints. Errors are application/problem+json "
                        + "(RFC 9457); a 400 names each bad parameter under `errors`. `/api` is rate limited per client (429 with Retry-After). "
                        + "Conventions, cookies and antiforgery: docs/api.md.",
                };
                return Task.CompletedTask;
            });
            // The site reads numbers given as JSON strings too, which the generator shows as "integer or string"
            // with a pattern; the document shows the form the API writes.
            options.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) != 0)
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Scalar answers <c>/api/docs/</c> (its page loads its assets by relative URL); the address the
    /// docs link to, without the slash, is served the same page rather than a redirect.
    /// </summary>
    public static IApplicationBuilder UseApiDocs(this IApplicationBuilder app) =>
        app.UseRewriter(new RewriteOptions().AddRewrite("^api/docs$", "api/docs/", skipRemainingRules: true));

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        // Both count against the client's /api allowance: the document is built on request.
        app.MapOpenApi(DocumentPath.Replace("v1", "{documentName}", StringComparison.Ordinal)).RequireRateLimiting(RateLimits.Api);
        app.MapScalarApiReference(PagePath, (options, http) =>
        {
            options.WithTitle("MusicRecommender API")
                .WithNonce(SecurityHeaders.AllowThirdPartyPage(http))
                // Relative asset URLs resolve under /api/docs/ also when the page is asked for without the slash.
                .AddHeadContent($"<base href=\"{PagePath}/\">")
                .ExpandAllTags()
                // Nothing leaves the site: no CDN fonts, no AI agent, no MCP, no telemetry.
                .DisableDefaultFonts()
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry();
        }).RequireRateLimiting(RateLimits.Api);
        return app;
    }
}
