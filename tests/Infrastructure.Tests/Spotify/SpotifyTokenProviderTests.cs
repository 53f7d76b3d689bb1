using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.Infrastructure.Tests.Fakes;

namespace MusicRecommender.Infrastructure.Tests.Spotify;

public sealed class SpotifyTokenProviderTests
{
    [Fact]
    public async Task GetToken_WhenCalledTwice_RequestsOneTokenWithClientCredentials()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake);
        var tokens = host.Get<SpotifyTokenProvider>();

        var first = await tokens.GetTokenAsync();
        var second = await tokens.GetTokenAsync();

        Assert.Equal("token-1", first.Value);
        Assert.Equal("token-1", second.Value);
        var request = Assert.Single(fake.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/token", request.Uri.AbsolutePath);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("test-client:test-secret")), request.Authorization);
        Assert.Equal("grant_type=client_credentials", request.Body);
    }

    [Fact]
    public async Task GetToken_WhenTokenNearsExpiry_RequestsNewToken()
    {
        var fake = new FakeSpotify();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var host = await TestHost.StartAsync(fake, time: clock);
        var tokens = host.Get<SpotifyTokenProvider>();

        Assert.Equal("token-1", (await tokens.GetTokenAsync()).Value);
        clock.Advance(TimeSpan.FromMinutes(58));
        Assert.Equal("token-1", (await tokens.GetTokenAsync()).Value);
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal("token-2", (await tokens.GetTokenAsync()).Value);
        Assert.Equal(2, fake.TokensIssued);
    }

    [Fact]
    public async Task GetToken_WhenManyCallersAskAtOnce_RequestsOneToken()
    {
        var fake = new FakeSpotify { TokenDelay = TimeSpan.FromMilliseconds(100) };
        await using var host = await TestHost.StartAsync(fake);
        var tokens = host.Get<SpotifyTokenProvider>();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tokens.GetTokenAsync())));

        Assert.All(results, r => Assert.Equal("token-1", r.Value));
        Assert.Equal(1, fake.TokensIssued);
    }

    [Fact]
    public async Task Invalidate_WhenTokenWasRejected_NextCallGetsFreshToken()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake);
        var tokens = host.Get<SpotifyTokenProvider>();

        var first = (await tokens.GetTokenAsync()).Value!;
        tokens.Invalidate("some-older-token");
        Assert.Equal(first, (await tokens.GetTokenAsync()).Value);
        tokens.Invalidate(first);

        Assert.Equal("token-2", (await tokens.GetTokenAsync()).Value);
    }

    [Fact]
    public async Task GetToken_WhenCredentialsAreRejected_ReturnsUnauthorized()
    {
        var fake = new FakeSpotify
        {
            Accounts = (_, _) => Task.FromResult(FakeHttpHandler.Json(
                """{"error":"invalid_client","error_description":"Invalid client secret"}""", HttpStatusCode.BadRequest)),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyTokenProvider>().GetTokenAsync();

        Assert.Equal(ServiceFailure.Unauthorized, result.Failure);
        Assert.Contains("Spotify:ClientSecret", result.Message, StringComparison.Ordinal);
    }
}
