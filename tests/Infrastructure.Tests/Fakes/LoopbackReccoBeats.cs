using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Infrastructure.Tests.Fakes;

/// <summary>
/// Sends the ReccoBeats calls a <see cref="TestHost"/> makes on to a <see cref="FakeSpotifyServer"/> over
/// real HTTP on loopback, so the routes that need a catalog of songs (artist search, an artist's tracks,
/// tracks by id) answer from one shared fake.
/// </summary>
internal static class LoopbackReccoBeats
{
    private static readonly HttpClient Http = new();

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> To(FakeSpotifyServer server) =>
        async (request, cancellationToken) =>
        {
            var target = new Uri(server.BaseAddress, FakeSpotifyServer.ReccoBeatsPath.TrimStart('/') + request.RequestUri!.PathAndQuery);
            using var forwarded = new HttpRequestMessage(request.Method, target);
            var response = await Http.SendAsync(forwarded, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        };
}
