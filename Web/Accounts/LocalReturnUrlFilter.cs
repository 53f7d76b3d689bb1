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
