using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Writes;

/// <summary>
/// Group commit of shown lists. A request enqueues its rows and awaits the commit of the batch they
/// land in, so a list is still stored before its response (a rating can follow at once), but many lists
/// share one transaction and one sync instead of paying one each. The queue is bounded (full: 503 with
/// Retry-After), the wait is bounded (then the list is served without an impression), and shutdown
/// drains the queue before the process ends.
/// </summary>
public sealed class GroupCommitWriter(
    IDbContextFactory<AppDbContext> contexts, StorageHealth storage, IOptions<WriteOptions> options, ILogger<GroupCommitWriter> logger) : BackgroundService
{
    private const int AssignmentsPerStatement = 200;

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(options.Value.QueueLimit) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private volatile bool _stopping;

    public TimeSpan RetryAfter => TimeSpan.FromSeconds(options.Value.RetryAfterSeconds);

    public async Task<WriteOutcome> WriteAsync(ShownListRows rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!storage.IsWritable || _stopping) return WriteOutcome.Unavailable;
        var pending = new PendingWrite(rows);
        if (!_queue.Writer.TryWrite(pending)) return _stopping ? WriteOutcome.Unavailable : WriteOutcome.QueueFull;
        try
        {
            return await pending.Done.WaitAsync(options.Value.MaxWait, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            if (pending.TryAbandon()) return WriteOutcome.TimedOut;
            // Already in a batch being committed: its outcome is what the response must say.
            return await pending.Done;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(options.Value.MaxBatch);
        // Deliberately not stopped by the token: StopAsync completes the queue, and what is in it is committed.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < options.Value.MaxBatch && _queue.Reader.TryRead(out var next))
            {
                if (next.TryTake()) batch.Add(next);
            }
            if (batch.Count == 0) continue;
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        if (!storage.IsWritable)
        {
            Complete(batch, WriteOutcome.Unavailable);
            return;
        }
        try
        {
            await WriteRowsAsync(batch);
            Complete(batch, WriteOutcome.Stored);
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            storage.ReportFailure(e);
            Complete(batch, WriteOutcome.Unavailable);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One refused row (an experiment deleted meanwhile, say) must not cost the others their lists.
            logger.LogWarning(e, "A batch of {Count} lists was refused; committing them one by one", batch.Count);
            foreach (var pending in batch) await CommitAsync([pending]);
        }
        catch (Exception e)
        {
            logger.LogError(e, "A shown list could not be stored");
            Complete(batch, WriteOutcome.Failed);
        }
    }

    private async Task WriteRowsAsync(List<PendingWrite> batch)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var statements = new ShownListStatements(db.Database.GetDbConnection(), transaction.GetDbTransaction());
        await statements.WriteAsync(batch.Select(p => p.Rows).ToList(), CancellationToken.None);
        var assignments = batch.Select(p => p.Rows.Assignment).OfType<ExperimentAssignment>()
            .DistinctBy(a => (a.ExperimentId, a.RaterId)).ToList();
        foreach (var chunk in assignments.Chunk(AssignmentsPerStatement)) await InsertAssignmentsAsync(db, chunk);
        await transaction.CommitAsync();
        storage.EnsureFileStillThere();
    }

    /// <summary>A first exposure that another request recorded meanwhile is kept as it is: the first assignment wins.</summary>
    private static Task<int> InsertAssignmentsAsync(AppDbContext db, ExperimentAssignment[] chunk)
    {
        var sql = new StringBuilder("""INSERT INTO "ExperimentAssignments" ("ExperimentId", "RaterId", "Variant", "AssignedAt") VALUES """);
        var parameters = new object[chunk.Length * 4];
        for (var i = 0; i < chunk.Length; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append(CultureInfo.InvariantCulture, $"({{{4 * i}}}, {{{4 * i + 1}}}, {{{4 * i + 2}}}, {{{4 * i + 3}}})");
            (parameters[4 * i], parameters[4 * i + 1], parameters[4 * i + 2], parameters[4 * i + 3]) =
                (chunk[i].ExperimentId, chunk[i].RaterId, chunk[i].Variant, chunk[i].AssignedAt);
        }
        sql.Append(" ON CONFLICT DO NOTHING");
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters);
    }

    private static void Complete(List<PendingWrite> batch, WriteOutcome outcome)
    {
        foreach (var pending in batch) pending.Complete(outcome);
    }
}
