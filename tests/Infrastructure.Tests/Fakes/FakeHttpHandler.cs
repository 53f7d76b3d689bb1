using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MusicRecommender.Infrastructure.Tests.Fakes;

/// <summary>Answers every request from a function and records what was asked. Never touches the network.</summary>
internal sealed class FakeHttpHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public int CountTo(string host, string pathPrefix = "/") =>
        Requests.Count(r => r.Uri.Host == host && r.Uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK, int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (retryAfterSeconds is { } seconds) response.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    /// <summary>A server that accepts the request and never answers until the caller gives up.</summary>
    public static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, DateTimeOffset.UtcNow));
        var response = await respond(request, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body, DateTimeOffset At)
{
    public string Query => Uri.Query;
}
