namespace MusicRecommender.Infrastructure.Tests.Fakes;

/// <summary>
/// Real time, sped up: a one-second Retry-After or timeout passes in 1/speed of a second, and the
/// clock the code reads agrees. Lets tests keep production-sized delays and still run fast.
/// </summary>
internal sealed class FastTimeProvider(double speed) : TimeProvider
{
    private readonly long _start = System.GetTimestamp();
    private readonly DateTimeOffset _startUtc = System.GetUtcNow();

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() => _start + (long)((System.GetTimestamp() - _start) * speed);

    public override DateTimeOffset GetUtcNow() => _startUtc + System.GetElapsedTime(_start) * speed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span <= TimeSpan.Zero ? span : span / speed;

    private sealed class ScaledTimer(ITimer inner, FastTimeProvider time) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(time.Scale(dueTime), time.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
