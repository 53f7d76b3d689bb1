using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MusicRecommender.Infrastructure;

namespace MusicRecommender.TestSupport;

/// <summary>
/// <c>AddInfrastructure</c> as the site and the command line wire it, over a test database, with settings on top
/// (point the outside services at a <see cref="Spotify.FakeSpotifyServer"/>; by default they point at a closed port).
/// </summary>
public static class InfrastructureHost
{
    public static IHost Start(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IHostApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Spotify:ApiBaseUrl"] = OutsideServices.ClosedPort,
            ["Spotify:AccountsBaseUrl"] = OutsideServices.ClosedPort,
            ["Features:ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.AddInfrastructure();
        configure?.Invoke(builder);
        var host = builder.Build();
        host.Start();
        return host;
    }

    public static T Get<T>(this AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
