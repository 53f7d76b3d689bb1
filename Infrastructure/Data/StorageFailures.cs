using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// Tells a database that cannot be written or reached (read-only or deleted file, full disk, lost
/// server) from a bug: the first pauses writes and is answered with a notice or a 503, never a 500.
/// </summary>
public static class StorageFailures
{
    // SQLite result codes that are about the file, not the statement: busy, locked, nomem, readonly, ioerr,
    // corrupt, full, cantopen, protocol, notadb (https://sqlite.org/rescode.html).
    private static readonly HashSet<int> SqliteStorageCodes = [5, 6, 7, 8, 10, 11, 13, 14, 15, 26];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when SqliteStorageCodes.Contains(sqlite.SqliteErrorCode)
                                                 || sqlite.Message.Contains("no such table", StringComparison.Ordinal):
                case PostgresException postgres when IsStorageState(postgres.SqlState):
                case NpgsqlException and not PostgresException:
                case IOException or TimeoutException or SocketException:
                    return true;
                case DbException:
                    return false;
            }
        }
        return false;
    }

    /// <summary>Connection (08), resources such as a full disk (53), operator intervention (57), system (58), read-only transaction.</summary>
    private static bool IsStorageState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57", StringComparison.Ordinal) || state.StartsWith("58", StringComparison.Ordinal) || state == "25006";
}
