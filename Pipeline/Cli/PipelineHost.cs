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
    public static async Task<IHost> StartAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = RepositoryPaths.FindRoot() is { } root ? Path.Combine(root, "Web") : Directory.GetCurrentDirectory(),
        });
        // The commands print their own progress; the log only adds warnings and errors.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.AddInfrastructure();
        builder.AddPipeline();
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        return host;
    }
}
