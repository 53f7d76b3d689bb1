using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.Pipeline.Cli.Datasets;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>data fetch [--to DIR] [--no-import]</c>: download the three seed datasets from their public homes
/// (Datasets:* in configuration, docs/data.md), verify each against its SHA-256, and import them. The
/// default folder is Catalog:SeedPath, where the site looks at first start. Any file that cannot be
/// fetched or verified stops the import: nothing is imported then.
/// </summary>
internal static class DataCommand
{
    public const string Usage = "data fetch [--to DIR] [--no-import]   download, verify and import the seed datasets (default DIR: Catalog:SeedPath)";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        var action = cli.Argument(0);
        if (action != "fetch") throw new CliException(action is null ? "data needs an action: data fetch." : $"Unknown data action '{action}': use data fetch.");
        var to = cli.Text("to");
        var import = !cli.Has("no-import");
        cli.EnsureAllUsed();

        using var host = PipelineHost.Build(services =>
            services.AddOptions<DatasetOptions>().BindConfiguration(DatasetOptions.Section).ValidateDataAnnotations());
        DatasetOptions datasets;
        try
        {
            datasets = host.Services.GetRequiredService<IOptions<DatasetOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"error: the dataset settings are invalid: {string.Join(" ", e.Failures)}");
            return 1;
        }
        var seedPath = RepositoryPaths.Resolve(host.Services.GetRequiredService<IOptions<CatalogOptions>>().Value.SeedPath, Directory.GetCurrentDirectory());
        var folder = to is not null ? Path.GetFullPath(to) : seedPath;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: cannot create {folder}: {e.Message}");
            return 1;
        }

        Console.WriteLine($"Fetching the seed datasets into {folder}");
        var files = await FetchAllAsync(datasets, folder, cancellationToken);
        if (files is null) return 1;
        if (!import)
        {
            Console.WriteLine(folder == seedPath
                ? "Downloaded and verified. The site imports them at its first start (they are in Catalog:SeedPath)."
                : $"Downloaded and verified. Import them with: dotnet run --project Pipeline -- import --from {folder}");
            return 0;
        }

        await PipelineHost.MigrateAsync(host, cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<CatalogImporter>();
        var summaries = new List<ImportSummary>();
        foreach (var file in files) summaries.Add(await importer.ImportAsync(file, new ImportCommand.ConsoleProgress(), cancellationToken));
        var summary = new ImportSummary([.. summaries.SelectMany(s => s.Files)], [.. summaries.SelectMany(s => s.Errors)], []);
        ImportCommand.Print(summary);
        if (summary.Succeeded) Console.WriteLine("Now start the site: dotnet run --project Web (its first start trains a model per target catalog).");
        return summary.Succeeded ? 0 : 1;
    }

    /// <summary>Every dataset's path once all are verified; null (with each problem printed) when any is not.</summary>
    private static async Task<IReadOnlyList<string>?> FetchAllAsync(DatasetOptions datasets, string folder, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            // Redirects are followed by hand (to name a loop); no decompression, so Range offsets are file offsets.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("MusicRecommender-data-fetch/1.0");
        var downloader = new DatasetDownloader(http, Console.Out, datasets.ReadTimeout);

        var files = new List<string>();
        var problems = new List<string>();
        foreach (var (key, source) in datasets.All)
        {
            Console.WriteLine($"{source.FileName} ← {source.Url}");
            try
            {
                var outcome = await downloader.FetchAsync(key, source, folder, cancellationToken);
                Console.WriteLine(outcome == FetchOutcome.AlreadyThere ? "  already there, checksum verified" : "  downloaded, checksum verified");
                files.Add(Path.Combine(folder, source.FileName));
            }
            catch (DatasetFetchException e)
            {
                problems.Add(e.Message);
                await Console.Error.WriteLineAsync($"error: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(e.Message);
                await Console.Error.WriteLineAsync($"error: {source.FileName}: cannot write into {folder}: {e.Message}");
            }
        }
        if (problems.Count == 0) return files;
        await Console.Error.WriteLineAsync($"{problems.Count} of {datasets.All.Count} dataset(s) could not be fetched; nothing was imported. "
            + "Verified files stay in the folder and are not downloaded again.");
        return null;
    }
}
