using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>A step of a retrain run about to start: load, fit, store, feedback, gate or activate of one catalog.</summary>
public sealed record RetrainStepStart(int RunId, TargetCatalog Catalog, string Step);

/// <summary>
/// Test seam: called before every step of a retrain run, after the step is recorded as started. The site
/// registers none; tests register one that throws at a chosen step to prove a failure anywhere leaves
/// the active model serving.
/// </summary>
public interface IRetrainStepHook
{
    ValueTask BeforeStepAsync(RetrainStepStart started, CancellationToken cancellationToken);
}
