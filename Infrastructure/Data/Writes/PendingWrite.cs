namespace MusicRecommender.Infrastructure.Data.Writes;

/// <summary>A list waiting in the queue. Either the writer takes it into a batch or its request gives up on it, never both.</summary>
internal sealed class PendingWrite(ShownListRows rows)
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Abandoned = 2;

    private readonly TaskCompletionSource<WriteOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = Queued;

    public ShownListRows Rows => rows;

    public Task<WriteOutcome> Done => _done.Task;

    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued;

    public void Complete(WriteOutcome outcome) => _done.TrySetResult(outcome);
}
