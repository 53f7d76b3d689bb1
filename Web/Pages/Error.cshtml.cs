using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Pages;

/// <summary>
/// The site's error page for people, rendered in place of the failed request (its status code kept:
/// a 404 stays a 404, an exception is a 500). Visited directly it is not a page, so it answers 404.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // re-executed for failed form posts too
public sealed class ErrorModel(StorageHealth storage) : PageModel
{
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public int? RetryAfterSeconds { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted) Response.StatusCode = StatusCodes.Status404NotFound;
        var status = reExecuted ? Response.StatusCode : StatusCodes.Status404NotFound;
        // An exception from a database that cannot be written came here as a 503 (ErrorResponses): say when to come back.
        if (status == StatusCodes.Status503ServiceUnavailable && string.IsNullOrEmpty(Response.Headers.RetryAfter)) RetryLater.SetRetryAfter(HttpContext, storage.RetryAfter);
        if (int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) RetryAfterSeconds = seconds;
        (Title, Text) = status switch
        {
            StatusCodes.Status400BadRequest => ("That request could not be used", "Something in the address or the form was not valid. Go back and try again."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your account cannot open this page."),
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address. Check the link, or search for a song instead."),
            StatusCodes.Status405MethodNotAllowed => ("Not allowed", "This page cannot be used that way."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "You have asked for a lot in a short time, so we are pausing your requests for a moment."),
            StatusCodes.Status503ServiceUnavailable => ("Back shortly", "We cannot save anything right now, or too many people are asking at once. Nothing you did caused it."),
            >= 500 => ("Something went wrong", "Sorry — the page could not be shown. The error was logged."),
            _ => ("That did not work", "The page could not be shown. Go back and try again."),
        };
    }
}
