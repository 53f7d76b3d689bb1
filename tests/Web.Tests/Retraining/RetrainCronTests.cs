using MusicRecommender.Web.Retraining;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary><c>Retraining:Cron</c> for Hangfire (Quartz expressions read as five fields when unambiguous) and the period the catch-up compares with.</summary>
public sealed class RetrainCronTests
{
    [Theory]
    [InlineData("0 3 * * *", "0 3 * * *")]
    [InlineData(" 0  3 * *   *", "0 3 * * *")]
    [InlineData("0 0 3 * * ?", "0 3 * * *")]
    [InlineData("0 30 2 ? * MON-FRI", "30 2 * * MON-FRI")]
    [InlineData("0 0 4 1 * ? *", "0 4 1 * *")]
    [InlineData("@daily", "@daily")]
    public void Normalize_WhenTheExpressionCanBeScheduled_GivesFiveFields(string configured, string expected)
    {
        Assert.Equal(expected, RetrainCron.Normalize(configured, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("every night", "is not a cron expression")]
    [InlineData("0 3 * *", "is not a cron expression")]
    [InlineData("0 0 3 ? * 2", "count Sunday as 1")]
    [InlineData("15 0 3 * * ?", "a second other than 0")]
    [InlineData("0 0 3 * * ? 2027", "names a year")]
    [InlineData("0 0 3 L * ?", "L, W, # or C")]
    [InlineData("0 0 3 ? * MON#2", "L, W, # or C")]
    public void Normalize_WhenTheExpressionCannotBeScheduled_SaysWhyNamingTheSetting(string configured, string reason)
    {
        Assert.Null(RetrainCron.Normalize(configured, out var error));
        Assert.StartsWith($"Retraining:Cron '{configured}'", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("'0 3 * * *'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 3 * * *", 24 * 60)]
    [InlineData("*/15 * * * *", 15)]
    [InlineData("0 */6 * * *", 6 * 60)]
    [InlineData("30 2 * * MON", 7 * 24 * 60)]
    [InlineData("0 22-2 * * *", 60)]
    [InlineData("0 0 1 * *", 31 * 24 * 60)]
    [InlineData("@weekly", 7 * 24 * 60)]
    [InlineData("0 0 L * *", 24 * 60)]
    public void Period_IsTheTimeBetweenTwoOccurrences(string cron, int minutes)
    {
        // Thursday 2026-12-10 12:00: the next two 1st-of-month occurrences are January and February (31 days).
        var period = CronPeriod.Of(cron, new DateTime(2026, 12, 10, 12, 0, 0));

        Assert.Equal(TimeSpan.FromMinutes(minutes), period);
    }
}
