using System.Net;

namespace MusicRecommender.Infrastructure.Tests.Fakes;

/// <summary>
/// Stands in for accounts.spotify.com, api.spotify.com and api.reccobeats.com (on .test hosts).
/// The token endpoint issues "token-1", "token-2", ...; the API and ReccoBeats answer as each test sets.
/// </summary>
internal sealed class FakeSpotify
{
    public const string AccountsHost = "accounts.spotify.test";
    public const string ApiHost = "api.spotify.test";
    public const string ReccoBeatsHost = "api.reccobeats.test";

    private int _tokensIssued;

    public FakeSpotify()
    {
        Handler = new FakeHttpHandler(RespondAsync);
        Accounts = IssueTokenAsync;
    }

    public FakeHttpHandler Handler { get; }

    public int TokensIssued => _tokensIssued;

    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>How long the token endpoint takes, to let concurrent callers pile up.</summary>
    public TimeSpan TokenDelay { get; set; }

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Accounts { get; set; }

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Api { get; set; } =
        (_, _) => Task.FromResult(FakeHttpHandler.Json(SpotifyBodies.Error(404, "Not found."), HttpStatusCode.NotFound));

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> ReccoBeats { get; set; } =
        (_, _) => Task.FromResult(FakeHttpHandler.Json("""{"content":[]}"""));

    public int ApiCalls(string pathPrefix = "/v1/") => Handler.CountTo(ApiHost, pathPrefix);

    public int ReccoBeatsCalls => Handler.CountTo(ReccoBeatsHost);

    /// <summary>The same answer for every API call.</summary>
    public void AnswerApi(Func<HttpResponseMessage> response) => Api = (_, _) => Task.FromResult(response());

    private Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri!.Host switch
        {
            AccountsHost when request.RequestUri.AbsolutePath == "/api/token" => Accounts(request, cancellationToken),
            ApiHost => Api(request, cancellationToken),
            ReccoBeatsHost => ReccoBeats(request, cancellationToken),
            _ => throw new InvalidOperationException($"Unexpected host {request.RequestUri.Host}: tests never call real services."),
        };

    private async Task<HttpResponseMessage> IssueTokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (TokenDelay > TimeSpan.Zero) await Task.Delay(TokenDelay, cancellationToken);
        return FakeHttpHandler.Json(SpotifyBodies.Token($"token-{Interlocked.Increment(ref _tokensIssued)}", TokenLifetimeSeconds));
    }
}
