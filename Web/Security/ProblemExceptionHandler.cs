using Microsoft.AspNetCore.Diagnostics;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Security;

/// <summary>An unhandled exception in the API (or a script's request) as problem+json; pages fall through to the error page.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, StorageHealth storage) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var asked = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        if (!ErrorResponses.WantsProblem(httpContext.Request, asked)) return false;
        var unavailable = StorageFailures.Is(exception);
        httpContext.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (unavailable) RetryLater.SetRetryAfter(httpContext, storage.RetryAfter);
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = httpContext.Response.StatusCode,
            Title = unavailable ? "The database cannot be written just now." : "Something went wrong on our side.",
            Detail = unavailable ? "Try again after the Retry-After delay." : "The error was logged.",
        };
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem })) return true;
        // No writer took it (a request outside any endpoint, say): problem+json all the same, never the HTML page.
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }
}
