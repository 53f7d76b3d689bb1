namespace MusicRecommender.TestSupport.Spotify;

/// <summary>The three services <see cref="FakeSpotifyServer"/> stands in for.</summary>
public enum FakeService
{
    Accounts,
    Api,
    ReccoBeats,
}
