using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Retraining;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>The recurring retrain as Hangfire stores it: the configured cron (a Quartz one read as five fields), in the server's time zone.</summary>
public sealed class RetrainScheduleTests
{
    [Theory]
    [InlineData("15 4 * * MON-FRI", "15 4 * * MON-FRI")]
    [InlineData("0 0 3 * * ?", "0 3 * * *")]
    public async Task Site_WhenItStarts_RegistersTheRecurringRetrainWithTheConfiguredCron(string configured, string registered)
    {
        using var site = new SiteFactory(seed: false, settings: new Dictionary<string, string?> { ["Retraining:Cron"] = configured });
        await site.WaitUntilReadyAsync();
        var storage = site.Services.GetRequiredService<JobStorage>();

        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RetrainJob.RecurringId);

        Assert.Equal(registered, job.Cron);
        Assert.Equal(TimeZoneInfo.Local.Id, job.TimeZoneId);
        Assert.Equal(typeof(RetrainJob), job.Job.Type);
        Assert.Equal(nameof(RetrainJob.RunScheduledAsync), job.Job.Method.Name);
        Assert.True(job.NextExecution > DateTime.UtcNow);
        Assert.Equal(job.NextExecution, site.Services.GetRequiredService<RetrainScheduler>().Describe().NextRun?.UtcDateTime);
        // SQLite: Hangfire's own file, beside the site's database.
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(site.ConnectionString["Data Source=".Length..])!, "hangfire.db")));
    }
}
