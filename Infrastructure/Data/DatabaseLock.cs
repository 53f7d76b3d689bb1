using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// Serializes one-time start-up work between site instances sharing a PostgreSQL database
/// (migrating, the first import and training, the first admin, the first data-protection key): a
/// session-level <c>pg_advisory_lock</c> held on a connection of its own, so it spans the
/// transactions of the work it guards and is released if the process dies. Whoever gets the lock
/// second must re-check what the first one did. On SQLite (one machine, one site) it is a no-op.
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    private readonly NpgsqlConnection? _connection;

    private DatabaseLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<DatabaseLock> AcquireAsync(AppDbContext db, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql()) return new DatabaseLock(null);

        // Unpooled: closing the connection ends the session, and with it the lock.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("key", KeyFor(name));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new DatabaseLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stable 64-bit key per name, prefixed so it cannot meet another application's keys by chance.</summary>
    public static long KeyFor(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("MusicRecommender:" + name)));

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
