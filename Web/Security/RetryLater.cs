using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MusicRecommender.Web.Security;

/// <summary>
/// Answers that ask the client to come back (503 while writes are paused or the write queue is full,
/// 429 over a rate limit), always with Retry-After: problem+json for the API and for scripts, the
/// site's error page (by status code) for people.
/// </summary>
public static class RetryLater
{
    public const string PausedTitle = "Ratings are paused.";
    public const string PausedDetail = "The database cannot be written just now, so nothing can be saved. Try again after the Retry-After delay.";
    public const string BusyTitle = "Too busy for new lists.";
    public const string BusyDetail = "Too many lists are waiting to be stored. Try again after the Retry-After delay.";

    public static void SetRetryAfter(HttpContext http, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>For minimal API endpoints.</summary>
    public static ProblemHttpResult Problem(HttpContext http, TimeSpan wait, string title, string detail)
    {
        SetRetryAfter(http, wait);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: title);
    }

    /// <summary>For page handlers asked for JSON.</summary>
    public static ObjectResult ProblemResult(HttpContext http, TimeSpan wait, string title, string detail)
    {
        SetRetryAfter(http, wait);
        return new ObjectResult(new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail })
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentTypes = { "application/problem+json" },
        };
    }

    /// <summary>For page handlers: an empty 503 that the status-code pages turn into the site's page.</summary>
    public static StatusCodeResult Page(HttpContext http, TimeSpan wait)
    {
        SetRetryAfter(http, wait);
        return new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
    }
}
