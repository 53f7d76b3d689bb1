using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Web.Security;

/// <summary>
/// Behind a TLS proxy (docs/operations.md): the real client address and scheme from known proxies
/// (<see cref="ProxyOptions"/>), so rate limits count clients, not the proxy, and HSTS is sent; HSTS for a
/// year with subdomains outside Development; no <c>Server</c> header; TRACE and OPTIONS answered 405.
/// </summary>
public static class Deployment
{
    private const string Allowed = "GET, HEAD, POST";

    public static WebApplicationBuilder AddDeployment(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var services = builder.Services;
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // Host is not taken from a proxy: links and cookies stay on the site's own name.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxies.Value.ForwardLimit;
            foreach (var proxy in proxies.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after sees the real client.</summary>
    public static IApplicationBuilder UseDeployment(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (!HttpMethods.IsTrace(method) && !HttpMethods.IsOptions(method) && method != "TRACK") return next(context);
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allowed;
            return Task.CompletedTask;
        });
        if (!environment.IsDevelopment()) app.UseHsts();
        return app;
    }
}
