using Microsoft.Extensions.Options;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>A schedule the site cannot follow stops the start with a message naming the setting.</summary>
public sealed class RetrainingOptionsTests
{
    [Theory]
    [InlineData("Retraining:Cron", "every night", "Retraining:Cron 'every night' is not a cron expression. Write five fields")]
    [InlineData("Retraining:Cron", "0 0 3 ? * 2", "its day-of-week numbers count Sunday as 1")]
    [InlineData("Retraining:Cron", "30 0 3 * * ?", "at a second other than 0")]
    [InlineData("Retraining:HeartbeatTimeout", "00:00:02", "at least three times Retraining:HeartbeatInterval")]
    [InlineData("Retraining:MaxRetries", "-1", "MaxRetries")]
    public void Start_WhenTheRetrainingSettingsAreInvalid_FailsNamingTheSetting(string key, string value, string message)
    {
        using var site = new SiteFactory(seed: false, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => site.Services);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
