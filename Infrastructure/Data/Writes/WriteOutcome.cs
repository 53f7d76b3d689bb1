namespace MusicRecommender.Infrastructure.Data.Writes;

public enum WriteOutcome
{
    /// <summary>Committed: the impression exists and can be rated.</summary>
    Stored,

    /// <summary>Too many lists wait already: refuse with 503 and Retry-After (back-pressure).</summary>
    QueueFull,

    /// <summary>The database cannot be written (<see cref="StorageHealth"/>): serve the list without an impression.</summary>
    Unavailable,

    /// <summary>Not committed within <see cref="WriteOptions.MaxWait"/> (and now never will be).</summary>
    TimedOut,

    /// <summary>The rows themselves were refused (logged).</summary>
    Failed,
}
