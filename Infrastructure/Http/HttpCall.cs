using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MusicRecommender.Infrastructure.Http;

/// <summary>Sends one request and turns every outside failure into a <see cref="ServiceResult{T}"/>.</summary>
internal static class HttpCall
{
    /// <summary>A base address with the trailing slash relative paths need.</summary>
    public static Uri BaseUri(string url) => new(url.EndsWith('/') ? url : url + "/");

    public static async Task<ServiceResult<T>> SendForJsonAsync<T>(
        HttpClient http, HttpRequestMessage request, string service, JsonSerializerOptions json,
        TimeProvider time, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) return await FailureAsync<T>(response, service, time, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var value = await JsonSerializer.DeserializeAsync<T>(body, json, cancellationToken);
            return value is null ? Malformed<T>(service) : ServiceResult<T>.Success(value);
        }
        catch (JsonException)
        {
            return Malformed<T>(service);
        }
        catch (BrokenCircuitException e)
        {
            return ServiceResult<T>.Fail(ServiceFailure.CircuitOpen, $"{service} failed repeatedly; calls are paused for a moment.", e.RetryAfter);
        }
        catch (TimeoutRejectedException)
        {
            return ServiceResult<T>.Fail(ServiceFailure.Timeout, $"{service} did not answer in time.");
        }
        catch (HttpRequestException)
        {
            return ServiceResult<T>.Fail(ServiceFailure.Network, $"{service} could not be reached.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout, the backstop behind the pipeline's own timeouts.
            return ServiceResult<T>.Fail(ServiceFailure.Timeout, $"{service} did not answer in time.");
        }
    }

    private static async Task<ServiceResult<T>> FailureAsync<T>(
        HttpResponseMessage response, string service, TimeProvider time, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.BadRequest => ServiceResult<T>.Fail(ServiceFailure.BadRequest, $"{service} rejected the request (HTTP 400)."),
            HttpStatusCode.Unauthorized => ServiceResult<T>.Fail(ServiceFailure.Unauthorized, $"{service} rejected our credentials (HTTP 401)."),
            HttpStatusCode.Forbidden => ServiceResult<T>.Fail(ServiceFailure.Forbidden, $"{service} refused access (HTTP 403)."),
            HttpStatusCode.NotFound => ServiceResult<T>.Fail(ServiceFailure.NotFound, $"{service} does not know this item (HTTP 404)."),
            HttpStatusCode.TooManyRequests when await HttpResilience.IsQuotaExceededAsync(response, cancellationToken) =>
                ServiceResult<T>.Fail(ServiceFailure.QuotaExceeded, $"{service}'s request quota for this app is used up."),
            HttpStatusCode.TooManyRequests => RateLimited<T>(service, HttpResilience.RetryAfter(response, time)),
            _ when code >= 500 => ServiceResult<T>.Fail(ServiceFailure.ServerError, $"{service} is having trouble (HTTP {code})."),
            _ => ServiceResult<T>.Fail(ServiceFailure.Unexpected, $"{service} answered HTTP {code}."),
        };
    }

    private static ServiceResult<T> RateLimited<T>(string service, TimeSpan? retryAfter) =>
        ServiceResult<T>.Fail(
            ServiceFailure.RateLimited,
            retryAfter is { } wait
                ? $"{service} is rate limiting us; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s."
                : $"{service} is rate limiting us; try again shortly.",
            retryAfter);

    private static ServiceResult<T> Malformed<T>(string service) =>
        ServiceResult<T>.Fail(ServiceFailure.MalformedResponse, $"{service} sent an answer we could not read.");
}
