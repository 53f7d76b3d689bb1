using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>train --catalog anime|kpop [--k N|auto] [--seed N]</c> on the database: a recorded retrain run of one
/// catalog (trigger <c>cli</c>), through the same runner as the site's schedule and "Retrain now".
/// </summary>
internal static class TrainCommand
{
    public const string Usage = "train --catalog anime|kpop [--k N|auto] [--seed N]   train, store and (if it passes the gate) activate a model";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        var catalogText = cli.RequiredText("catalog");
        if (!CatalogNames.TryParseTarget(catalogText, out var catalog))
            throw new CliException($"--catalog must be anime or kpop, not '{catalogText}'.");
        var k = cli.Text("k");
        if (k is not null && k != "auto" && (!int.TryParse(k, out var n) || n < 2 || n > 100))
            throw new CliException($"--k must be auto or a number from 2 to 100, not '{k}'.");
        var seed = cli.WholeNumber("seed");
        cli.EnsureAllUsed();

        using var host = await PipelineHost.StartAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<Models.CatalogTrainer>().Settings;
        if (k is not null) settings = settings with { K = k == "auto" ? null : int.Parse(k, CultureInfo.InvariantCulture) };
        if (seed is not null) settings = settings with { Seed = seed.Value };

        var runner = scope.ServiceProvider.GetRequiredService<RetrainRunner>();
        var instance = "cli:" + scope.ServiceProvider.GetRequiredService<ProcessInstance>().Name;
        RunResult result;
        try
        {
            result = await runner.StartAndRunAsync(RetrainTrigger.Cli, requestedBy: null, instance, new RunPlan([catalog], settings), new Progress(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: {Unwrapped(e).Message}");
            return 1;
        }
        if (!result.Started)
        {
            await Console.Error.WriteLineAsync($"error: retrain run {result.RunId} is running (on the site or another command); try again when it has finished.");
            return 1;
        }
        foreach (var outcome in result.Results)
        {
            Console.WriteLine($"Model {outcome.Catalog} v{outcome.Version}: k = {outcome.K}, silhouette {outcome.Silhouette:F3}, {outcome.Tracks:N0} tracks → {outcome.Status}");
            if (outcome.RejectionReason is not null) Console.WriteLine($"Rejected: {outcome.RejectionReason} The active model keeps serving.");
        }
        Console.WriteLine($"Recorded as retrain run {result.RunId} ({result.Status.ToString().ToLowerInvariant()}).");
        return 0;
    }

    /// <summary>The runner wraps a step's failure ("anime: load failed: …"); the cause alone reads better on a console.</summary>
    private static Exception Unwrapped(Exception e) => e.InnerException is InvalidOperationException inner ? inner : e;

    private sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
