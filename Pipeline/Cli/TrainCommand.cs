using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Models;

namespace MusicRecommender.Pipeline.Cli;

/// <summary><c>train --catalog anime|kpop [--k N|auto] [--seed N]</c> on the database.</summary>
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
        var options = scope.ServiceProvider.GetRequiredService<IOptions<TrainingOptions>>().Value;
        var settings = CatalogTrainer.SettingsFromOptions(options);
        if (k is not null) settings = settings with { K = k == "auto" ? null : int.Parse(k, System.Globalization.CultureInfo.InvariantCulture) };
        if (seed is not null) settings = settings with { Seed = seed.Value };

        var trainer = scope.ServiceProvider.GetRequiredService<CatalogTrainer>();
        try
        {
            var outcome = await trainer.TrainAsync(catalog, settings, new Progress(), "command line", cancellationToken);
            Console.WriteLine($"Model {catalog.Name()} v{outcome.Version}: k = {outcome.K}, silhouette {outcome.Silhouette:F3}, {outcome.TrackCount:N0} tracks → {outcome.Status.ToString().ToLowerInvariant()}");
            if (outcome.Status == ModelStatus.Rejected) Console.WriteLine($"Rejected: {outcome.RejectionReason} The active model keeps serving.");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
