using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MusicRecommender.Pipeline.Tests.Datasets;

/// <summary>
/// A static file host on loopback (real Kestrel), shaped like raw.githubusercontent.com / Hugging Face:
/// GET with <c>Range: bytes=N-</c> support (206, or 416 past the end), 404 for unknown paths, redirects,
/// and a cut-off mode that sends part of a body and then nothing more (as a stalled or dropped
/// connection looks to the client until its read timeout). Every request is recorded.
/// </summary>
public sealed class FakeDatasetServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _cutOffs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? Range)> _requests = new();

    private FakeDatasetServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<(string Path, string? Range)> Requests => [.. _requests];

    public static async Task<FakeDatasetServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new FakeDatasetServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseAddress, path.TrimStart('/')).ToString();

    public void Serve(string path, byte[] content) => _files[path] = content;

    public void Redirect(string from, string to) => _redirects[from] = to;

    /// <summary>
    /// The next request for <paramref name="path"/> gets the first <paramref name="bytes"/> bytes, then the
    /// server stalls until the client gives up. (Dropping the connection instead would reset it, and a
    /// reset may discard the bytes already sent before the client reads them: the test would be flaky.)
    /// </summary>
    public void CutOffNextAfter(string path, long bytes) => _cutOffs[path] = bytes;

    public int Count(string path) => _requests.Count(r => r.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var range = context.Request.Headers.Range.ToString();
        _requests.Enqueue((path, range.Length == 0 ? null : range));
        if (_redirects.TryGetValue(path, out var to))
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = to;
            return;
        }
        if (!_files.TryGetValue(path, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        long from = 0;
        if (range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
        {
            from = long.Parse(range["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (from >= content.Length)
            {
                context.Response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                context.Response.Headers.ContentRange = $"bytes */{content.Length}";
                return;
            }
            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {from}-{content.Length - 1}/{content.Length}";
        }
        context.Response.ContentType = "text/csv";
        context.Response.ContentLength = content.Length - from;
        if (_cutOffs.TryRemove(path, out var cut))
        {
            await context.Response.Body.WriteAsync(content.AsMemory((int)from, (int)Math.Min(cut, content.Length - from)));
            await context.Response.Body.FlushAsync();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up on this response, as it should.
            }
            return;
        }
        await context.Response.Body.WriteAsync(content.AsMemory((int)from));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
