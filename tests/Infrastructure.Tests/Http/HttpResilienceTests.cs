using System.Diagnostics;
using System.Net;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.Infrastructure.Tests.Fakes;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.Infrastructure.Tests.Http;

/// <summary>The pipeline as every Spotify call sees it: retries, Retry-After, quota, breaker, timeouts.</summary>
public sealed class HttpResilienceTests
{
    [Fact]
    public async Task RateLimit_WhenRetryAfterIsOneSecond_RetriesOnceAfterWaitingThatLong()
    {
        const double speed = 20;
        var calls = 0;
        var fake = new FakeSpotify
        {
            Api = (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
                ? FakeHttpHandler.Json(Error(429, "API rate limit exceeded"), HttpStatusCode.TooManyRequests, retryAfterSeconds: 1)
                : FakeHttpHandler.Json(Track(BillieJean, "Billie Jean", ["Michael Jackson"]))),
        };
        await using var host = await TestHost.StartAsync(fake, time: new FastTimeProvider(speed));

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.True(result.Succeeded);
        var attempts = fake.Handler.Requests.Where(r => r.Uri.Host == FakeSpotify.ApiHost).ToList();
        Assert.Equal(2, attempts.Count);
        // Backoff alone would wait about a millisecond; one second of sped-up time is 50 ms.
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1 / speed) * 0.9, $"waited only {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RateLimit_WhenQuotaIsExceeded_FailsAtOnceWithoutRetry()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(
            Error(429, "Quota exceeded for this application", reason: "QUOTA_EXCEEDED"), HttpStatusCode.TooManyRequests, retryAfterSeconds: 1));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.Equal(ServiceFailure.QuotaExceeded, result.Failure);
        Assert.Equal(1, fake.ApiCalls());
    }

    [Fact]
    public async Task RateLimit_WhenRetryAfterExceedsTheBudget_FailsAtOnceAndSaysHowLong()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Error(429, "API rate limit exceeded"), HttpStatusCode.TooManyRequests, retryAfterSeconds: 60));
        await using var host = await TestHost.StartAsync(fake);
        var clock = Stopwatch.StartNew();

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.Equal(ServiceFailure.RateLimited, result.Failure);
        Assert.Equal(TimeSpan.FromSeconds(60), result.RetryAfter);
        Assert.Contains("60 s", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, fake.ApiCalls());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task ServerErrors_WhenRepeated_OpenTheCircuitAndStopCalling()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Error(502, "Bad gateway"), HttpStatusCode.BadGateway));
        await using var host = await TestHost.StartAsync(fake);
        var client = host.Get<SpotifyClient>();

        var first = await client.GetTrackAsync(BillieJean);
        var second = await client.GetTrackAsync(BillieJean);
        var callsWhenOpen = fake.ApiCalls();
        var later = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetTrackAsync(BillieJean)));

        Assert.Equal(ServiceFailure.ServerError, first.Failure);
        Assert.Equal(ServiceFailure.CircuitOpen, second.Failure);
        Assert.NotNull(second.RetryAfter);
        Assert.All(later, r => Assert.Equal(ServiceFailure.CircuitOpen, r.Failure));
        Assert.InRange(callsWhenOpen, 4, 5);
        Assert.Equal(callsWhenOpen, fake.ApiCalls());
    }

    [Fact]
    public async Task Timeout_WhenServerHangs_ReturnsTimeoutWithinTheBudget()
    {
        var fake = new FakeSpotify { Api = (_, ct) => FakeHttpHandler.HangAsync(ct) };
        var settings = TestHost.FastSettings();
        // Wide enough that a loaded CI machine still fits two attempts in the budget.
        settings["Spotify:AttemptTimeout"] = "00:00:00.500";
        settings["Spotify:TotalTimeout"] = "00:00:01.600";
        settings["Spotify:MaxRetryAfter"] = "00:00:01.600";
        await using var host = await TestHost.StartAsync(fake, settings);
        var clock = Stopwatch.StartNew();

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.Equal(ServiceFailure.Timeout, result.Failure);
        Assert.Contains("did not answer in time", result.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.InRange(fake.ApiCalls(), 2, 4);
    }

    [Fact]
    public async Task NetworkError_WhenFirstAttemptFails_RetriesAndSucceeds()
    {
        var calls = 0;
        var fake = new FakeSpotify
        {
            Api = (_, _) => Interlocked.Increment(ref calls) == 1
                ? throw new HttpRequestException("Connection reset by peer")
                : Task.FromResult(FakeHttpHandler.Json(Track(BillieJean, "Billie Jean", ["Michael Jackson"]))),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.True(result.Succeeded);
        Assert.Equal(2, fake.ApiCalls());
    }

    [Fact]
    public async Task NetworkError_WhenItPersists_ReturnsNetworkFailure()
    {
        var fake = new FakeSpotify { Api = (_, _) => throw new HttpRequestException("Name or service not known") };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.Equal(ServiceFailure.Network, result.Failure);
        Assert.Equal(4, fake.ApiCalls());
    }
}
