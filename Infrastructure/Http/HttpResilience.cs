using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MusicRecommender.Infrastructure.Http;

/// <summary>
/// The pipeline every outside call runs through, outermost first:
/// total timeout → retry → circuit breaker → per-attempt timeout.
/// The breaker sits inside the retry so each attempt counts, and an open breaker ends the retries
/// at once. One pipeline per service lives as a singleton so the breaker remembers across requests.
/// </summary>
public static class HttpResilience
{
    internal static readonly ResiliencePropertyKey<long> StartedAt = new("MusicRecommender.Http.StartedAt");

    private const string QuotaExceededMarker = "QUOTA_EXCEEDED";

    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(
        string name, OutsideServiceOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { Name = name, TimeProvider = time }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ShouldRetryAsync(args, options, time),
                // Null falls back to the exponential backoff; Polly ignores MaxDelay for these.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    logger.LogWarning("{Service}: attempt {Attempt} failed ({Outcome}); retrying in {Delay} ms",
                        name, args.AttemptNumber + 1, Describe(args.Outcome), (int)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                OnOpened = args =>
                {
                    logger.LogWarning("{Service}: circuit opened for {Seconds} s after repeated failures ({Outcome})",
                        name, (int)args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                    return default;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("{Service}: circuit closed again", name);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>The wait a 429 or 503 asks for, from <c>Retry-After</c> in seconds or as a date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    /// <summary>Spotify marks a used-up quota in the 429 body; the handler has buffered it.</summary>
    public static async ValueTask<bool> IsQuotaExceededAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.TooManyRequests) return false;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Contains(QuotaExceededMarker, StringComparison.OrdinalIgnoreCase);
    }

    private static async ValueTask<bool> ShouldRetryAsync(
        RetryPredicateArguments<HttpResponseMessage> args, OutsideServiceOptions options, TimeProvider time)
    {
        if (!IsTransient(args.Outcome)) return false;
        if (args.Outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests } response) return true;
        if (await IsQuotaExceededAsync(response, args.Context.CancellationToken)) return false;

        // Waiting longer than the cap, or past the total budget, only delays the fallback.
        var wait = RetryAfter(response, time) ?? TimeSpan.Zero;
        var left = options.TotalTimeout;
        if (args.Context.Properties.TryGetValue(StartedAt, out var started)) left -= time.GetElapsedTime(started);
        return wait <= options.MaxRetryAfter && wait < left;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: not null } => false,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception?.GetType().Name ?? $"HTTP {(int?)outcome.Result?.StatusCode}";
}
