using Microsoft.Extensions.Options;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>Start-up validation of <c>Retraining:Cron</c>, with the message <see cref="RetrainCron"/> gives.</summary>
internal sealed class RetrainCronValidation : IValidateOptions<RetrainingOptions>
{
    public ValidateOptionsResult Validate(string? name, RetrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RetrainCron.Normalize(options.Cron, out var error) is null ? ValidateOptionsResult.Fail(error!) : ValidateOptionsResult.Success;
    }
}
