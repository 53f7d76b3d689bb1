using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>Whether the site may write, and if not, why (fit to log and to show an operator).</summary>
public sealed record StorageState(bool Writable, string? Problem)
{
    public static StorageState Ok { get; } = new(true, null);
}

/// <summary>
/// Whether the database can be written right now. A probe writes the identity row through a connection
/// of its own and compares its token with the one read at start (so a deleted, replaced or read-only
/// SQLite file is noticed while pooled connections still write to the old one), and checks the disk's
/// free space. A failed write anywhere pauses writes at once; only a good probe resumes them. While
/// paused, lists are still served from the model (without an impression) and ratings answer 503.
/// </summary>
public sealed class StorageHealth(
    IDbContextFactory<AppDbContext> contexts, IOptions<StorageOptions> options, TimeProvider time, ILogger<StorageHealth> logger) : BackgroundService
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _probing = new(1, 1);
    private volatile StorageState _state = StorageState.Ok;
    private Guid? _token;
    private SqliteDatabaseFile? _file;
    private long _probedAt;

    public bool IsWritable => _state.Writable;

    public StorageState State => _state;

    public TimeSpan RetryAfter => TimeSpan.FromSeconds(options.Value.RetryAfterSeconds);

    /// <summary>After a commit on SQLite: the file must still be at its path, or what was written went to a deleted file.</summary>
    public void EnsureFileStillThere()
    {
        if (_file is { } file && !file.Exists()) throw new IOException($"The database file {file.Path} is gone; what was just written did not reach it.");
    }

    /// <summary>A write failed for a storage reason (<see cref="StorageFailures"/>): pause writes until a probe succeeds.</summary>
    public void ReportFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Pause(exception.GetBaseException().Message);
    }

    /// <summary>The state as of at most a second ago (probing now if older): for the readiness route.</summary>
    public async Task<StorageState> CheckAsync(CancellationToken cancellationToken)
    {
        if (time.GetElapsedTime(Interlocked.Read(ref _probedAt)) < Fresh) return _state;
        await _probing.WaitAsync(cancellationToken);
        try
        {
            if (time.GetElapsedTime(Interlocked.Read(ref _probedAt)) >= Fresh) await ProbeAsync(cancellationToken);
            return _state;
        }
        finally
        {
            _probing.Release();
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // The database the site opened (the initializer has made the identity row by now).
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite()) _file = SqliteDatabaseFile.From(db.Database.GetConnectionString());
        try
        {
            _token = await db.DatabaseIdentity.AsNoTracking().Select(d => (Guid?)d.Token).FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            Pause(e.GetBaseException().Message);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(IsWritable ? TimeSpan.FromSeconds(options.Value.ProbeSeconds) : Fresh, time, stoppingToken);
            await _probing.WaitAsync(stoppingToken);
            try
            {
                await ProbeAsync(stoppingToken);
            }
            finally
            {
                _probing.Release();
            }
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var problem = FreeSpaceProblem() ?? await WriteProbeAsync(cancellationToken);
            if (problem is null) Resume();
            else Pause(problem);
        }
        catch (Exception e) when (StorageFailures.Is(e) || e is UnauthorizedAccessException)
        {
            Pause(e.GetBaseException().Message);
        }
        finally
        {
            Interlocked.Exchange(ref _probedAt, time.GetTimestamp());
        }
    }

    private string? FreeSpaceProblem()
    {
        if (_file is not { } file) return null;
        if (!file.Exists()) return $"The database file {file.Path} is gone.";
        var minimum = options.Value.MinFreeMegabytes * 1024L * 1024;
        var free = new DriveInfo(file.Folder).AvailableFreeSpace;
        return free < minimum
            ? $"The database's disk has {free / (1024 * 1024)} MB free, below Storage:MinFreeMegabytes ({options.Value.MinFreeMegabytes} MB)."
            : null;
    }

    /// <summary>Writes the identity row's CheckedAt through a connection of its own and reads its token back.</summary>
    private async Task<string?> WriteProbeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        DbConnection connection = _file is not null
            ? new SqliteConnection(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString())
            : db.Database.GetDbConnection();
        await using var owned = _file is not null ? connection : null;
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """UPDATE "DatabaseIdentity" SET "CheckedAt" = @now; SELECT "Token" FROM "DatabaseIdentity";""";
        var now = command.CreateParameter();
        now.ParameterName = "@now";
        now.Value = time.GetUtcNow().UtcDateTime;
        command.Parameters.Add(now);
        var token = await command.ExecuteScalarAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var found = token switch { Guid g => g, string s when Guid.TryParse(s, out var g) => g, _ => (Guid?)null };
        if (_token is null) _token = found;
        return found == _token ? null : $"The database at {_file?.Path ?? "the configured connection"} is not the one the site opened.";
    }

    private void Pause(string problem)
    {
        var was = _state;
        _state = new StorageState(false, problem);
        if (was.Writable)
        {
            logger.LogError("Writes paused: {Problem} Lists are served without impressions and ratings answer 503 until the database can be written again.", problem);
            // Pooled SQLite connections may hold a deleted file open: none of them is used again.
            if (_file is not null) SqliteConnection.ClearAllPools();
        }
    }

    private void Resume()
    {
        if (_state.Writable) return;
        if (_file is not null) SqliteConnection.ClearAllPools();
        _state = StorageState.Ok;
        logger.LogWarning("Writes resume: the database can be written again");
    }

    public override void Dispose()
    {
        _probing.Dispose();
        base.Dispose();
    }
}
