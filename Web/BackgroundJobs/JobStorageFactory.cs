using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;
using Npgsql;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// Hangfire's storage for the configured database. SQLite: a file of its own beside the site's database
/// (Hangfire.Storage.SQLite keeps its tables through sqlite-net, not EF, so they stay out of our migrations).
/// PostgreSQL: the site's database, schema <c>hangfire</c>, which Hangfire.PostgreSql creates and upgrades
/// itself — under our advisory lock, so instances starting together on an empty database do not race.
/// </summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(DatabaseOptions database, string? connectionString, BackgroundJobsOptions jobs, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(jobs);
        return database.Provider == DatabaseProvider.Postgres
            ? Postgres(connectionString ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty."), jobs)
            : new SQLiteStorage(SqliteFile(connectionString, jobs, contentRoot), new SQLiteStorageOptions
            {
                QueuePollInterval = jobs.PollInterval,
                JournalMode = SQLiteStorageOptions.JournalModes.WAL,
            });
    }

    /// <summary><c>Jobs:SqlitePath</c> if set, else <c>hangfire.db</c> in the folder of the site's SQLite file.</summary>
    public static string SqliteFile(string? connectionString, BackgroundJobsOptions jobs, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        string path;
        if (!string.IsNullOrWhiteSpace(jobs.SqlitePath))
        {
            path = RepositoryPaths.Resolve(jobs.SqlitePath, contentRoot);
        }
        else
        {
            var site = new SqliteConnectionStringBuilder(InfrastructureRegistration.SqliteConnection(connectionString, contentRoot));
            var inMemory = site.DataSource is "" or ":memory:" || site.Mode == SqliteOpenMode.Memory;
            // An in-memory site database (a throwaway) gets a throwaway job store.
            path = inMemory
                ? Path.Combine(Path.GetTempPath(), $"musicrec-hangfire-{Guid.NewGuid():N}.db")
                : Path.Combine(Path.GetDirectoryName(site.DataSource)!, "hangfire.db");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static PostgreSqlStorage Postgres(string connectionString, BackgroundJobsOptions jobs)
    {
        var options = new PostgreSqlStorageOptions
        {
            QueuePollInterval = jobs.PollInterval,
            // A queued job is picked up at once on any instance (LISTEN/NOTIFY), not at the next poll.
            EnableLongPolling = true,
            // A job stays taken while its worker lives; a worker that died gives it back after this.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            PrepareSchemaIfNecessary = true,
        };
        using var turn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        turn.Open();
        using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", turn) { CommandTimeout = 0 })
        {
            take.Parameters.AddWithValue("key", DatabaseLock.KeyFor("hangfire-schema"));
            take.ExecuteNonQuery();
        }
        // The storage installs or upgrades its schema as it is made; closing the connection releases the lock.
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options, null), options);
    }
}
