using Microsoft.AspNetCore.Diagnostics;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Security;

/// <summary>
/// Honest errors: a failure keeps its status code (no redirect to a 200 page). People get the site's
/// error page rendered in place (<c>/Error/{code}</c>: 404, 429, 500, 503...); the API, and scripts
/// asking for JSON, get problem+json. An exception from a database that cannot be written is a 503
/// with Retry-After, not a 500.
/// </summary>
public static class ErrorResponses
{
    public static bool WantsProblem(HttpRequest request) => WantsProblem(request, request?.Path ?? default);

    /// <param name="path">The path asked for: while an exception is handled, the request's own path is already the error page's.</param>
    public static bool WantsProblem(HttpRequest request, PathString path)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (path.StartsWithSegments("/api")) return true;
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) || accept.Contains("application/problem+json", StringComparison.OrdinalIgnoreCase);
    }

    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = e => StorageFailures.Is(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(context => WantsProblem(context.Request), api => api.UseStatusCodePages(WriteProblemAsync));
        app.UseWhen(context => !WantsProblem(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
        return app;
    }

    /// <summary>An empty error answer of the API as problem+json, whatever the client's Accept (a browser asks for HTML).</summary>
    private static Task WriteProblemAsync(StatusCodeContext context) =>
        Results.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext);
}
