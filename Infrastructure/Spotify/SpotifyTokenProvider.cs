using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Spotify;

/// <summary>
/// App tokens from the client-credentials flow (<c>POST {accounts}/api/token</c>). A token lives an
/// hour; it is cached until shortly before that, and only one refresh runs at a time however many
/// lookups ask at once. A singleton: the cache must outlive the short-lived typed clients.
/// </summary>
public sealed class SpotifyTokenProvider(IHttpClientFactory httpClientFactory, IOptions<SpotifyOptions> options, TimeProvider time) : IDisposable
{
    public const string HttpClientName = "Spotify.Accounts";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CachedToken? _cached;

    public async Task<ServiceResult<string>> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } token) return ServiceResult<string>.Success(token);
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (Fresh() is { } refreshed) return ServiceResult<string>.Success(refreshed);
            var result = await RequestAsync(cancellationToken);
            if (!result.Succeeded) return result.AsFailure<string>();
            Volatile.Write(ref _cached, result.Value);
            return ServiceResult<string>.Success(result.Value.Value);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets a token Spotify rejected, unless a newer one has replaced it meanwhile.</summary>
    public void Invalidate(string rejectedToken)
    {
        var current = Volatile.Read(ref _cached);
        if (current is not null && current.Value == rejectedToken) Interlocked.CompareExchange(ref _cached, null, current);
    }

    public void Dispose() => _refresh.Dispose();

    private string? Fresh()
    {
        var cached = Volatile.Read(ref _cached);
        return cached is not null && time.GetUtcNow() < cached.RefreshAt ? cached.Value : null;
    }

    private async Task<ServiceResult<CachedToken>> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
            return ServiceResult<CachedToken>.Fail(ServiceFailure.NotConfigured, SpotifyClient.NotConfiguredMessage);

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        var http = httpClientFactory.CreateClient(HttpClientName);
        var result = await HttpCall.SendForJsonAsync<SpotifyJson.Token>(http, request, SpotifyClient.ServiceName, SpotifyJson.Options, time, cancellationToken);
        if (result.Failure is ServiceFailure.BadRequest or ServiceFailure.Unauthorized)
            return ServiceResult<CachedToken>.Fail(ServiceFailure.Unauthorized,
                "Spotify rejected the app's credentials (Spotify:ClientId / Spotify:ClientSecret).");
        if (!result.Succeeded) return result.AsFailure<CachedToken>();
        if (string.IsNullOrEmpty(result.Value.AccessToken) || result.Value.ExpiresIn is not > 0)
            return ServiceResult<CachedToken>.Fail(ServiceFailure.MalformedResponse, "Spotify sent a token we could not read.");

        var lifetime = TimeSpan.FromSeconds(result.Value.ExpiresIn.Value);
        var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
        return ServiceResult<CachedToken>.Success(new(result.Value.AccessToken, time.GetUtcNow() + lifetime - margin));
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
