using System.Text.Encodings.Web;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// The 403 a signed-in person without the needed role sees. Written directly because it answers
/// from inside the authentication handler, where no page can render; it uses only the site's
/// stylesheet, so the CSP holds.
/// </summary>
internal static class ForbiddenPage
{
    public static Task WriteAsync(HttpContext http)
    {
        var name = HtmlEncoder.Default.Encode(http.User.Identity?.Name ?? "someone");
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Not allowed · MusicRecommender</title><link rel="icon" href="/favicon.svg" type="image/svg+xml" />
            <link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main">
            <h1>This page is for admins</h1>
            <p>You are signed in as {name}, without the Admin role. An admin can grant it with
            <code>dotnet run --project Pipeline -- make-admin EMAIL</code>.</p>
            <p><a href="/">Back to search</a></p>
            </main></body></html>
            """);
    }
}
