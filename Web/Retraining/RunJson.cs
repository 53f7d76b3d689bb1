using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Retraining;

/// <summary>How runs, steps and model statuses are spelled in the Jobs page and the API (Web/Api/RetrainRunResponse.cs): lower case.</summary>
internal static class RunJson
{
    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>schedule, admin, startup (the start-up catch-up), cli, first-start.</summary>
    public static string Trigger(RetrainTrigger trigger) => trigger == RetrainTrigger.FirstStart ? "first-start" : Lower(trigger);
}
