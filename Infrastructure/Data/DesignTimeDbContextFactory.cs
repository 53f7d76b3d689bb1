using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// The context <c>dotnet ef</c> works with (see docs/migrations.md). SQLite unless told otherwise:
/// <c>-- --provider Postgres</c> after the ef arguments, or <c>Database__Provider=Postgres</c> in the
/// environment; the connection from <c>-- --connection "..."</c> or <c>ConnectionStrings__Default</c>.
/// The provider picks the migrations folder and snapshot (<see cref="ProviderMigrationsAssembly"/>).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    /// <summary>Enough for <c>migrations add</c>, which never connects; <c>migrations list</c> says when it cannot.</summary>
    public const string DefaultPostgresConnection = "Host=localhost;Database=musicrec;Username=musicrec";

    private static readonly Dictionary<string, string> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--provider"] = $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}",
        ["--connection"] = "ConnectionStrings:Default",
    };

    public AppDbContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args, Switches).Build();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connection) && database.Provider == DatabaseProvider.Postgres) connection = DefaultPostgresConnection;

        var options = new DbContextOptionsBuilder<AppDbContext>();
        InfrastructureRegistration.ConfigureProvider(options, database, connection, Directory.GetCurrentDirectory());
        return new AppDbContext(options.Options);
    }
}
