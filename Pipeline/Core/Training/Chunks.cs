namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Parallel loops over fixed blocks of rows. Every reduction is kept per block and combined in block
/// order afterwards, so a floating-point sum comes out bit-identical whichever thread ran which
/// block: that is what makes a seeded fit reproducible on any machine and under any load.
/// </summary>
internal static class Chunks
{
    /// <summary>Rows per block: large enough to amortise scheduling, small enough to balance 2–64 cores.</summary>
    public const int Size = 4096;

    // Test seam: lets a test run the same fit on one thread and on all, and compare bits.
    [ThreadStatic]
    private static int _maxParallelism;

    public static int Count(int rows) => (rows + Size - 1) / Size;

    public static void For(int rows, Action<int, int, int> body)
    {
        var count = Count(rows);
        if (count <= 1)
        {
            if (rows > 0) body(0, 0, rows);
            return;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxParallelism > 0 ? _maxParallelism : -1 };
        Parallel.For(0, count, options, chunk => body(chunk, chunk * Size, Math.Min(rows, (chunk + 1) * Size)));
    }

    /// <summary>Runs every block loop started on this thread one block at a time until disposed.</summary>
    internal static IDisposable OneThread()
    {
        _maxParallelism = 1;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => _maxParallelism = 0;
    }
}
