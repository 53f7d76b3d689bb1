using Microsoft.Extensions.Options;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>A schedule the site cannot follow stops the start with a message naming the setting.</summary>
public sealed class RetrainingOptionsTests
{
    [Theory]
    [InlineData("Retraining:Cron", "every night", "Retraining:Cron is not a valid Quartz cron expression")]
    [InlineData("Retraining:MaxRetries", "-1", "MaxRetries")]
    public void Start_WhenTheRetrainingSettingsAreInvalid_FailsNamingTheSetting(string key, string value, string message)
    {
        using var site = new SiteFactory(seed: false, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => site.Services);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
