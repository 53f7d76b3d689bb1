using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Enrichment;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.Infrastructure.Listing;
using MusicRecommender.Infrastructure.Mail;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure;

public static class InfrastructureRegistration
{
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ListOptions>().BindConfiguration(ListOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddDbContextFactory<AppDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var configured = services.GetRequiredService<IConfiguration>().GetConnectionString("Default");
            ConfigureProvider(options, database, configured, contentRoot, siteFile: true);
            // The site's interceptors (a cache dropped when an experiment is saved, for one).
            options.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddScoped<CatalogImporter>();
        // Artist identity and song groups, recomputed after every write of tracks.
        builder.Services.AddScoped<CatalogIdentity>();
        builder.Services.AddSingleton<SearchCorpusCache>();
        builder.Services.AddScoped<TrackSearch>();
        // The served models: loaded from the database, swapped atomically on activation.
        builder.Services.AddSingleton<ModelStore>();
        builder.Services.AddSingleton<ModelLoader>();
        builder.AddSongLookup();
        builder.AddMail();
        // Metadata enrichment (the enrich command and the site's job): ReccoBeats, then Spotify.
        builder.Services.AddOptions<EnrichmentOptions>().BindConfiguration(EnrichmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MetadataEnricher>();
        return builder;
    }

    /// <param name="siteFile">
    /// The site and the commands (<see cref="AddInfrastructure"/>): the SQLite file is opened, never created, and a
    /// configured folder is never made (see <see cref="SqliteConnection"/>). Tests and <c>dotnet ef</c> leave it off.
    /// </param>
    public static void ConfigureProvider(DbContextOptionsBuilder options, DatabaseOptions database, string? connectionString, string contentRoot, bool siteFile = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(
                    SqliteConnection(connectionString, contentRoot, siteFile),
                    sqlite => sqlite.CommandTimeout(database.CommandTimeoutSeconds));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty.");
                options.UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(database.CommandTimeoutSeconds));
                break;
            default:
                throw new NotSupportedException($"Unknown database provider {database.Provider}.");
        }
        // One migrations set and snapshot per provider in this assembly; EF keeps PendingModelChangesWarning on,
        // so migrating with a model change that has no migration fails instead of leaving the schema behind.
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>
    /// A relative SQLite file is placed under the repository root (or content root). For the site
    /// (<paramref name="siteFile"/>) only the default <c>data/musicrec.db</c> gets its folder made (a first run in
    /// a fresh clone) — another configured folder must exist, so a vanished one is noticed — and the file is
    /// opened with <c>Mode=ReadWrite</c>: only the initializer creates it (<see cref="SqliteDatabaseFile"/>).
    /// </summary>
    public static string SqliteConnection(string? connectionString, string contentRoot, bool siteFile = false)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnection : connectionString);
        var source = builder.DataSource;
        var inMemory = source == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !string.IsNullOrEmpty(source))
        {
            builder.DataSource = RepositoryPaths.Resolve(source, contentRoot);
            if (!siteFile || source == DatabaseOptions.DefaultSqlitePath) Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
            if (siteFile && builder.Mode == SqliteOpenMode.ReadWriteCreate) builder.Mode = SqliteOpenMode.ReadWrite;
        }
        return builder.ToString();
    }
}
