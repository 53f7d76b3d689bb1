using Microsoft.AspNetCore.Rewrite;
using MusicRecommender.Web.Security;
using Scalar.AspNetCore;

namespace MusicRecommender.Web.Api;

internal static class ApiDocs
{
    public const string PagePath = "/api/docs";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);

    public static IApplicationBuilder UseApiDocs(this IApplicationBuilder app) =>
        app.UseRewriter(new RewriteOptions().AddRewrite("^api/docs$", "api/docs/", skipRemainingRules: true));

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(PagePath, (options, http) =>
        {
            var nonce = SecurityHeaders.AllowThirdPartyPage(http);
            options.WithTitle("MusicRecommender API")
                .WithNonce(nonce)
                .AddHeadContent($"<base href=\"{PagePath}/\">")
                .DisableDefaultFonts()
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry();
        });
        return app;
    }
}
