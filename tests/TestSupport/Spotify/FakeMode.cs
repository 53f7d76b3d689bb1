namespace MusicRecommender.TestSupport.Spotify;

/// <summary>How a faked service answers: normally, or with one of the failures the site must survive.</summary>
public enum FakeMode
{
    Normal,
    ServerError,
    Hang,
    RateLimited,
    QuotaExceeded,
    Malformed,

    /// <summary>Valid answers with nothing in them: no search hits, no features.</summary>
    Empty,
    Forbidden,

    /// <summary>The connection is dropped without an answer (a network error for the caller).</summary>
    Disconnect,
}
