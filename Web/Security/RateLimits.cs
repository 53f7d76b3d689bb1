using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Web.Security;

/// <summary>
/// Per-client limits on every route that writes or costs real work, pages included: a sliding one-minute
/// window per client address (after <see cref="Proxies"/> has put the real client behind a known proxy in
/// place; an IPv6 client counts by its /64). Over a limit: 429 with Retry-After, as problem+json for the API
/// and for scripts, as the site's 429 page for people. Which route has which limit is all here.
/// </summary>
public static class RateLimits
{
    public const string Api = "api";
    public const string Lists = "lists";
    public const string Writes = "writes";
    public const string Forms = "forms";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Api, context => PerClient(context, o => o.ApiPermitsPerMinute));
            limiter.AddPolicy(Lists, context => PerClient(context, o => o.ListsPerMinute));
            limiter.AddPolicy(Writes, context => PerClient(context, o => o.WritesPerMinute));
            // Reading an account page is cheap; posting one hashes a password.
            limiter.AddPolicy(Forms, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : PerClient(context, o => o.FormPostsPerMinute));
            limiter.OnRejected = RejectAsync;
        });
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AddPageApplicationModelConvention("/Results", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Lists)));
            pages.Conventions.AddPageApplicationModelConvention("/Explore", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Lists)));
            pages.Conventions.AddPageApplicationModelConvention("/Playlist", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Lists)));
            pages.Conventions.AddPageApplicationModelConvention("/Ratings/Index", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Writes)));
            pages.Conventions.AddPageApplicationModelConvention("/Ratings/Rate", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Writes)));
            pages.Conventions.AddAreaFolderApplicationModelConvention("Identity", "/Account", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Forms)));
        });
        return services;
    }

    /// <summary>The partition of a client: its address, an IPv6 address by its /64 (one subscriber's whole block).</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, int> permits)
    {
        var limit = permits(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetSlidingWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window / 6;
        RetryLater.SetRetryAfter(http, wait);
        // People get the site's 429 page from the status-code pages; the API and scripts get problem+json.
        if (!ErrorResponses.WantsProblem(http.Request)) return;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = "Too many requests of this kind from this client in the last minute; try again after the Retry-After delay.",
            },
        });
    }
}
