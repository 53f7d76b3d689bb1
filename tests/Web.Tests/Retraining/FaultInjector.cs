using MusicRecommender.Domain.Catalog;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>
/// Throws at a chosen step of a chosen catalog, a given number of times; or holds the step until
/// <see cref="Release"/> (then the step goes on) or until the run is cancelled.
/// </summary>
internal sealed class FaultInjector : IRetrainStepHook
{
    private int _remaining;
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? Step { get; private set; }

    public TargetCatalog Catalog { get; private set; } = TargetCatalog.Anime;

    public bool Hold { get; private set; }

    /// <summary>Set when a held step has been reached.</summary>
    public TaskCompletionSource Reached { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void FailAt(string step, int times = int.MaxValue, TargetCatalog catalog = TargetCatalog.Anime) =>
        (Step, _remaining, Catalog, Hold) = (step, times, catalog, false);

    public void HoldAt(string step, TargetCatalog catalog = TargetCatalog.Anime)
    {
        (Step, _remaining, Catalog, Hold) = (step, int.MaxValue, catalog, true);
        Reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Release()
    {
        Step = null;
        _release.TrySetResult();
    }

    public void Clear() => Step = null;

    public async ValueTask BeforeStepAsync(RetrainStepStart step, CancellationToken cancellationToken)
    {
        if (step.Step != Step || step.Catalog != Catalog || Interlocked.Decrement(ref _remaining) < 0) return;
        if (Hold)
        {
            Reached.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
            return;
        }
        throw new InvalidOperationException($"Injected fault before {step.Step}.");
    }
}
