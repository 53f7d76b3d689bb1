using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// A <c>returnUrl</c> that leads off the site (<c>https://evil.example/</c>, <c>//evil.example</c>) becomes
/// the home page before any page handler sees it. The Identity pages redirect with <c>LocalRedirect</c>,
/// which throws on such a URL; this way Logout and Register send the visitor home instead of failing.
/// </summary>
internal sealed class LocalReturnUrlFilter : IPageFilter
{
    /// <summary>
    /// Before routing: a <c>returnUrl</c> query value that leads off the site becomes <c>/</c>, for the pages whose
    /// handlers read it some other way than as a handler argument (Identity's Logout).
    /// </summary>
    public static IApplicationBuilder UseLocalReturnUrls(IApplicationBuilder app) => app.Use((context, next) =>
    {
        var query = context.Request.Query;
        var key = query.Keys.FirstOrDefault(k => k.Equals("returnUrl", StringComparison.OrdinalIgnoreCase));
        if (key is not null && query[key].Any(v => !IsLocal(v)))
        {
            var kept = query.Where(p => p.Key != key).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
            context.Request.QueryString = QueryString.Create(kept.Append(new KeyValuePair<string, string?>(key, "/")));
        }
        return next(context);
    });

    /// <summary>What LocalRedirect accepts: a path from the root (not <c>//host</c> or <c>/\host</c>), or <c>~/</c>.</summary>
    private static bool IsLocal(string? url) =>
        string.IsNullOrEmpty(url)
        || (url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')))
        || (url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\')));

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var url = context.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>();
        foreach (var name in context.HandlerArguments.Keys.Where(k => k.Equals("returnUrl", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            if (context.HandlerArguments[name] is string returnUrl && !url.GetUrlHelper(context).IsLocalUrl(returnUrl)) context.HandlerArguments[name] = "~/";
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
