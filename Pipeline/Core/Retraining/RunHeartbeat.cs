namespace MusicRecommender.Pipeline.Retraining;

/// <summary>A run's heartbeat loop (see <see cref="RunJournal.KeepAlive"/>); disposing it stops the beats.</summary>
public sealed class RunHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _loop;

    internal RunHeartbeat(Func<RunHeartbeat, Task> loop) => _loop = loop(this);

    /// <summary>Fires when the database says the run is no longer running: another process judged it dead.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Whether <see cref="Lost"/> fired (still readable once disposed).</summary>
    public bool IsLost { get; private set; }

    internal CancellationToken Stopping => _stop.Token;

    internal Task LoseAsync()
    {
        IsLost = true;
        return _lost.CancelAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }
}
