using Microsoft.Extensions.Options;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// Start-up validation of <c>Retraining:Cron</c>, with the message <see cref="RetrainCron"/> gives; a Quartz
/// expression it reads as five fields is accepted with a warning saying what to write instead.
/// </summary>
internal sealed class RetrainCronValidation(ILogger<RetrainCronValidation> logger) : IValidateOptions<RetrainingOptions>
{
    public ValidateOptionsResult Validate(string? name, RetrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var effective = RetrainCron.Normalize(options.Cron, out var error);
        if (effective is null) return ValidateOptionsResult.Fail(error!);
        if (options.Cron.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length > 5)
            logger.LogWarning("Retraining:Cron '{Configured}' is a Quartz expression (seconds first); it is read as '{Effective}'. Write that instead", options.Cron, effective);
        return ValidateOptionsResult.Success;
    }
}
