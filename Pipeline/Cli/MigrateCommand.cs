namespace MusicRecommender.Pipeline.Cli;

/// <summary><c>migrate</c>: bring the database schema up to date (the site also does this at start).</summary>
internal static class MigrateCommand
{
    public const string Usage = "migrate   apply database migrations";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        cli.EnsureAllUsed();
        using var host = await PipelineHost.StartAsync(cancellationToken);
        Console.WriteLine("The database schema is up to date.");
        return 0;
    }
}
