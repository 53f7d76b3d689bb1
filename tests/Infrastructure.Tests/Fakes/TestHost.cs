using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Fakes;

/// <summary>
/// The real <see cref="SpotifyRegistration.AddSongLookup"/> wiring over a <see cref="FakeSpotify"/>,
/// with short delays, and (when asked) a migrated database: in-memory SQLite kept open for the test,
/// or a new PostgreSQL database.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AsyncServiceScope _scope;
    private readonly SqliteConnection? _keepAlive;
    private readonly TestDatabase? _postgres;

    private TestHost(IHost host, SqliteConnection? keepAlive, TestDatabase? postgres)
    {
        _host = host;
        _keepAlive = keepAlive;
        _postgres = postgres;
        _scope = host.Services.CreateAsyncScope();
    }

    public static Dictionary<string, string?> FastSettings(bool withCredentials = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Spotify:ApiBaseUrl"] = $"https://{FakeSpotify.ApiHost}",
            ["Spotify:AccountsBaseUrl"] = $"https://{FakeSpotify.AccountsHost}",
            ["Features:ReccoBeatsBaseUrl"] = $"https://{FakeSpotify.ReccoBeatsHost}",
        };
        foreach (var section in new[] { "Spotify", "Features" })
        {
            settings[$"{section}:RetryBaseDelay"] = "00:00:00.001";
            settings[$"{section}:MaxRetryDelay"] = "00:00:00.005";
            settings[$"{section}:AttemptTimeout"] = "00:00:02";
            settings[$"{section}:TotalTimeout"] = "00:00:05";
            settings[$"{section}:MaxRetryAfter"] = "00:00:02";
        }
        if (withCredentials)
        {
            settings["Spotify:ClientId"] = "test-client";
            settings["Spotify:ClientSecret"] = "test-secret";
        }
        return settings;
    }

    public static async Task<TestHost> StartAsync(
        FakeSpotify fake, IDictionary<string, string?>? settings = null, TimeProvider? time = null, bool withDatabase = false,
        DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings ?? FastSettings());
        builder.AddSongLookup();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => fake.Handler));
        if (time is not null) builder.Services.Replace(ServiceDescriptor.Singleton(time));

        SqliteConnection? keepAlive = null;
        TestDatabase? postgres = null;
        if (withDatabase && provider == DatabaseProvider.Postgres)
        {
            postgres = await TestDatabase.CreateEmptyAsync(provider);
            builder.Services.AddDbContextFactory<AppDbContext>(options =>
                InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions { Provider = provider }, postgres.ConnectionString, AppContext.BaseDirectory));
        }
        else if (withDatabase)
        {
            var connection = $"Data Source=lookup-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            keepAlive = new SqliteConnection(connection);
            await keepAlive.OpenAsync();
            builder.Services.AddDbContextFactory<AppDbContext>(options =>
                InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions(), connection, AppContext.BaseDirectory));
        }

        var host = builder.Build();
        await host.StartAsync();
        if (withDatabase)
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
        }
        return new TestHost(host, keepAlive, postgres);
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public AppDbContext CreateDb() => Get<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
        if (_keepAlive is not null) await _keepAlive.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
