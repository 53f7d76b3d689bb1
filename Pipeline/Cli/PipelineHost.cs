using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// The services a database command needs, configured like the site: the same options, the same
/// defaults and environment variables (e.g. <c>ConnectionStrings__Default</c>), so both see one database.
/// </summary>
internal static class PipelineHost
{
    /// <summary>The <c>UserSecretsId</c> in Web.csproj.</summary>
    private const string WebUserSecretsId = "musicrecommender-web";

    /// <param name="configure">Extra services one command needs (make-admin: Identity's user and role managers).</param>
    public static async Task<IHost> StartAsync(CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        var host = Build(configure);
        await MigrateAsync(host, cancellationToken);
        return host;
    }

    /// <summary>The services without touching the database (data fetch reads its settings before it needs one).</summary>
    public static IHost Build(Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = RepositoryPaths.FindRoot() is { } root ? Path.Combine(root, "Web") : Directory.GetCurrentDirectory(),
        });
        // The commands print their own progress; the log only adds warnings and errors.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        // The site's user-secrets (Spotify credentials) count here too, whatever the environment;
        // environment variables still win, as they do for the site.
        builder.Configuration.AddUserSecrets(WebUserSecretsId).AddEnvironmentVariables();
        builder.AddInfrastructure();
        builder.AddPipeline();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    public static async Task MigrateAsync(IHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
    }
}
