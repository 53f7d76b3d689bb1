namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// This site instance's name: its Hangfire server's name (the dashboard's Servers page) and what a run it
/// takes over records as its instance. Unique per process and per site, so several sites in one test
/// process, or several containers with one host name, stay apart.
/// </summary>
public sealed class JobsInstance
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}".ToLowerInvariant();
}
