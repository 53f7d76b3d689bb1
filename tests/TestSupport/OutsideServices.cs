namespace MusicRecommender.TestSupport;

/// <summary>Where tests point the outside services (Spotify, ReccoBeats) unless a test starts a fake.</summary>
public static class OutsideServices
{
    /// <summary>The discard port: nothing listens there, so a call fails at once as a network error.</summary>
    public const string ClosedPort = "http://127.0.0.1:9/";
}
