using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// The SQLite file a site or command works on, and the marker beside it (<c>musicrec.db.identity</c>) that
/// is written once the database exists. A missing file next to its marker was lost, not new: start-up stops
/// with a message instead of creating an empty database in its place. The site's own connections open the
/// file with <c>Mode=ReadWrite</c>, so nothing creates it behind the initializer's back either.
/// </summary>
public sealed class SqliteDatabaseFile
{
    private SqliteDatabaseFile(string path) => Path = path;

    public string Path { get; }

    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    public string MarkerPath => Path + ".identity";

    /// <summary>The file behind a SQLite connection string; null for an in-memory database.</summary>
    public static SqliteDatabaseFile? From(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString)) return null;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return null;
        return new SqliteDatabaseFile(System.IO.Path.GetFullPath(builder.DataSource));
    }

    /// <summary>Cheap (one stat): whether the file the site opened is still at its path.</summary>
    public bool Exists() => File.Exists(Path);

    /// <summary>
    /// Before migrating: nothing to do when the file is there; stops when it was lost (its marker remains,
    /// or its configured folder vanished); otherwise creates the empty file of a first start.
    /// </summary>
    public void PrepareForStart(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (Exists()) return;
        if (!Directory.Exists(Folder))
        {
            throw new DatabaseMissingException(
                $"The database folder {Folder} does not exist (ConnectionStrings:Default names {Path}). "
                + "Restore the folder if it held the site's data; for a new, empty database create the folder first.");
        }
        if (File.Exists(MarkerPath))
        {
            throw new DatabaseMissingException(
                $"The database file {Path} is missing, but {MarkerPath} shows that a database was made in this folder. "
                + $"Restore the file from a backup, or delete {MarkerPath} to start over with an empty database.");
        }
        logger.LogInformation("No database at {Path}: creating a new one", Path);
        var create = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        using var connection = new SqliteConnection(create.ToString());
        connection.Open();
    }

    /// <summary>Records beside the file that a database lives here (rewritten when the database is a different one).</summary>
    public void WriteMarker(Guid token, DateTime createdAt)
    {
        const string Why = "If the database file goes missing, the site refuses to start instead of creating an empty one; delete this file to start over.";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"This folder holds the MusicRecommender database {System.IO.Path.GetFileName(Path)} (token {token:D}, created {createdAt:yyyy-MM-dd'T'HH:mm:ss'Z'}).\n{Why}\n");
        if (File.Exists(MarkerPath) && File.ReadAllText(MarkerPath) == text) return;
        File.WriteAllText(MarkerPath, text);
    }
}
