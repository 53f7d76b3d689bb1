namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>dotnet run --project Pipeline -- COMMAND [options]</c>. Exit codes: 0 success, 1 failure,
/// 2 usage error, 130 cancelled (Ctrl+C).
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, (string Usage, Func<CliArguments, CancellationToken, Task<int>> Run)> Commands = new()
    {
        ["data"] = (DataCommand.Usage, DataCommand.RunAsync),
        ["import"] = (ImportCommand.Usage, ImportCommand.RunAsync),
        ["train"] = (TrainCommand.Usage, TrainCommand.RunAsync),
        ["enrich"] = (EnrichCommand.Usage, EnrichCommand.RunAsync),
        ["migrate"] = (MigrateCommand.Usage, MigrateCommand.RunAsync),
        ["fit"] = (FitCommand.Usage, FitCommand.RunAsync),
        ["bench"] = (BenchCommand.Usage, BenchCommand.RunAsync),
        ["quality"] = (QualityCommand.Usage, QualityCommand.RunAsync),
        ["make-admin"] = (MakeAdminCommand.Usage, MakeAdminCommand.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(Console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            var cli = CliArguments.Parse(args);
            if (!Commands.TryGetValue(cli.Command, out var command))
                throw new CliException($"Unknown command '{cli.Command}'.");
            return await command.Run(cli, cancellation.Token);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            PrintUsage(Console.Error);
            return 2;
        }
        catch (MusicRecommender.Infrastructure.Data.DatabaseMissingException e)
        {
            // What the operator must do is in the message; a stack trace would only hide it.
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: dotnet run --project Pipeline -- COMMAND [options]");
        writer.WriteLine();
        foreach (var (name, command) in Commands) writer.WriteLine($"  {name,-10} {command.Usage}");
    }
}
