using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database". The connection string itself is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultSqlitePath = "data/musicrec.db";

    public const string DefaultSqliteConnection = "Data Source=" + DefaultSqlitePath;

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the site starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 60;
}

public static class DatabaseProviders
{
    public static string MigrationsNamespaceFor(string? efProviderName) => efProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
        _ => throw new NotSupportedException($"No migrations for database provider '{efProviderName}'."),
    };
}
