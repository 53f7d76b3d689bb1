using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.TestSupport.Spotify;

/// <summary>
/// Spotify's accounts service and Web API and ReccoBeats, faked by a real Kestrel server on
/// loopback under three path prefixes. Bodies follow the public API documentation; each service can
/// be switched to a failure mode, and every request is recorded. Audio-features answers 403 by
/// default, as it does for apps created after 27 Nov 2024.
/// </summary>
public sealed class FakeSpotifyServer : IAsyncDisposable
{
    public const string AccountsPath = "/spotify-accounts";
    public const string ApiPath = "/spotify-api";
    public const string ReccoBeatsPath = "/reccobeats";

    /// <summary>The breaker settings <see cref="SiteSettings"/> uses; after this, failures are forgotten.</summary>
    public static readonly TimeSpan BreakerMemory = TimeSpan.FromMilliseconds(700);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeSong> _songs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _playlists = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<FakeService, Failure> _failures = new();
    private int _tokensIssued;

    private FakeSpotifyServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public bool AudioFeaturesForbidden { get; set; } = true;

    public int RetryAfterSeconds { get; set; } = 1;

    public int TokensIssued => _tokensIssued;

    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FakeSpotifyServer> StartAsync(IEnumerable<FakeSong>? songs = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new FakeSpotifyServer(app);
        foreach (var song in songs ?? []) server.Add(song);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public void Add(FakeSong song) => _songs[song.Id] = song;

    public void AddPlaylist(string playlistId, params string[] trackIds) => _playlists[playlistId] = trackIds;

    /// <summary>Makes a service fail in <paramref name="mode"/> for its next <paramref name="times"/> requests.</summary>
    public void Set(FakeService service, FakeMode mode, int times = int.MaxValue) => _failures[service] = new Failure(mode, times);

    /// <summary>Back to healthy services; the request log is kept.</summary>
    public void Reset()
    {
        _failures.Clear();
        AudioFeaturesForbidden = true;
        RetryAfterSeconds = 1;
    }

    /// <summary>Requests whose path (after the service prefix) starts with this, e.g. "/spotify-api/v1/search".</summary>
    public int Count(string pathPrefix) => _requests.Count(r => r.StartsWith(pathPrefix, StringComparison.Ordinal));

    /// <summary>Site settings that point every outside service here, with credentials and short timeouts.</summary>
    public Dictionary<string, string?> SiteSettings(TimeSpan attemptTimeout, TimeSpan totalTimeout)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Spotify:ClientId"] = "fake-client-id",
            ["Spotify:ClientSecret"] = "fake-client-secret",
            ["Spotify:ApiBaseUrl"] = new Uri(BaseAddress, ApiPath).ToString(),
            ["Spotify:AccountsBaseUrl"] = new Uri(BaseAddress, AccountsPath).ToString(),
            ["Features:ReccoBeatsBaseUrl"] = new Uri(BaseAddress, ReccoBeatsPath).ToString(),
            ["Features:ReccoBeatsEnabled"] = "true",
        };
        foreach (var section in new[] { "Spotify", "Features" })
        {
            settings[$"{section}:AttemptTimeout"] = attemptTimeout.ToString("c", CultureInfo.InvariantCulture);
            settings[$"{section}:TotalTimeout"] = totalTimeout.ToString("c", CultureInfo.InvariantCulture);
            settings[$"{section}:MaxRetryAfter"] = totalTimeout.ToString("c", CultureInfo.InvariantCulture);
            settings[$"{section}:RetryBaseDelay"] = "00:00:00.020";
            settings[$"{section}:MaxRetryDelay"] = "00:00:00.100";
            settings[$"{section}:BreakerSamplingDuration"] = "00:00:00.500";
            settings[$"{section}:BreakerBreakDuration"] = "00:00:00.500";
        }
        return settings;
    }

    /// <summary>
    /// Settings for a site as every new install is: no Spotify credentials (Spotify's hosts at a closed
    /// port), ReccoBeats here with short timeouts.
    /// </summary>
    public Dictionary<string, string?> KeylessSettings(TimeSpan attemptTimeout, TimeSpan totalTimeout)
    {
        var settings = SiteSettings(attemptTimeout, totalTimeout);
        settings.Remove("Spotify:ClientId");
        settings.Remove("Spotify:ClientSecret");
        settings["Spotify:ApiBaseUrl"] = settings["Spotify:AccountsBaseUrl"] = OutsideServices.ClosedPort;
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _requests.Enqueue(path + context.Request.QueryString);
        FakeService? service = path.StartsWith(AccountsPath, StringComparison.Ordinal) ? FakeService.Accounts
            : path.StartsWith(ApiPath, StringComparison.Ordinal) ? FakeService.Api
            : path.StartsWith(ReccoBeatsPath, StringComparison.Ordinal) ? FakeService.ReccoBeats
            : null;
        if (service is not { } known)
        {
            await FakeSpotifyApi.WriteAsync(context, 404, Error(404, "Unknown service."));
            return;
        }
        var mode = TakeMode(known);
        if (mode is not (FakeMode.Normal or FakeMode.Empty))
        {
            await FakeSpotifyApi.FailAsync(context, mode, RetryAfterSeconds, _app.Lifetime.ApplicationStopping);
            return;
        }
        var (status, body) = known switch
        {
            FakeService.Accounts => await TokenAsync(context),
            FakeService.Api => FakeSpotifyApi.Answer(this, context, path[ApiPath.Length..], empty: mode == FakeMode.Empty),
            _ => FakeSpotifyApi.AnswerReccoBeats(this, context, path[ReccoBeatsPath.Length..], empty: mode == FakeMode.Empty),
        };
        await FakeSpotifyApi.WriteAsync(context, status, body);
    }

    internal FakeSong? Song(string id) => _songs.TryGetValue(id, out var song) ? song : null;

    internal IEnumerable<FakeSong> Songs => _songs.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    internal string[]? Playlist(string id) => _playlists.TryGetValue(id, out var ids) ? ids : null;

    private FakeMode TakeMode(FakeService service)
    {
        while (_failures.TryGetValue(service, out var failure))
        {
            if (failure.Remaining <= 0) return FakeMode.Normal;
            var next = failure with { Remaining = failure.Remaining == int.MaxValue ? int.MaxValue : failure.Remaining - 1 };
            if (_failures.TryUpdate(service, next, failure)) return failure.Mode;
        }
        return FakeMode.Normal;
    }

    private async Task<(int, string)> TokenAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        var basic = context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.Ordinal);
        if (!basic || form?["grant_type"].ToString() != "client_credentials")
            return (400, """{"error":"invalid_client","error_description":"Invalid client"}""");
        return (200, Token($"fake-token-{Interlocked.Increment(ref _tokensIssued)}"));
    }

    private sealed record Failure(FakeMode Mode, int Remaining);
}
