namespace MusicRecommender.Pipeline.Retraining;

/// <summary>
/// This process's name among those sharing the database: what a run it takes over records as its instance
/// (and, on the site, its Hangfire server's name). Unique per process and per host, so several sites in one
/// test process, or several containers with one host name, stay apart. A process never judges its own runs
/// abandoned: it is alive, however long a write keeps its heartbeat waiting.
/// </summary>
public sealed class ProcessInstance
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}".ToLowerInvariant();
}
