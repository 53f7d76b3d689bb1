using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Import;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>import [--from PATH]</c>: a catalog CSV, or every recognised CSV in a folder (default: Catalog:SeedPath);
/// <c>import --spotify-playlist URL --catalog anime|kpop</c>: see <see cref="PlaylistImportCommand"/>.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "import [--from FILE|FOLDER]   import catalog CSVs (default: Catalog:SeedPath)\n"
        + "  import --spotify-playlist URL --catalog anime|kpop   add a Spotify playlist's tracks (with features) to a catalog";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        if (cli.Has(PlaylistImportCommand.Option)) return await PlaylistImportCommand.RunAsync(cli, cancellationToken);
        var from = cli.Text("from");
        cli.EnsureAllUsed();
        using var host = await PipelineHost.StartAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var path = from is not null
            ? Path.GetFullPath(from)
            : RepositoryPaths.Resolve(scope.ServiceProvider.GetRequiredService<IOptions<CatalogOptions>>().Value.SeedPath, Directory.GetCurrentDirectory());
        Console.WriteLine($"Importing from {path}");

        var importer = scope.ServiceProvider.GetRequiredService<CatalogImporter>();
        var summary = await importer.ImportAsync(path, new ConsoleProgress(), cancellationToken);
        Print(summary);
        return summary.Succeeded ? 0 : 1;
    }

    internal static void Print(ImportSummary summary)
    {
        foreach (var file in summary.Files)
        {
            Console.WriteLine();
            Console.WriteLine($"{Path.GetFileName(file.Path)} ({file.Format})");
            Console.WriteLine($"  rows {file.DataRows:N0}: valid {file.ValidRows:N0}, skipped {file.Rejected:N0}, repeated ids {file.DuplicateRows:N0}");
            Console.WriteLine($"  tracks: {file.Inserted:N0} new, {file.Updated:N0} updated, {file.Unchanged:N0} unchanged");
            foreach (var (reason, count) in file.RejectedByReason) Console.WriteLine($"  skipped ({reason}): {count:N0}");
            foreach (var row in file.FirstRejected) Console.WriteLine($"    line {row.Line}: {row.Detail}");
        }
        foreach (var skipped in summary.Skipped) Console.WriteLine($"skipped {skipped}");
        if (summary.Identity is { } identity)
        {
            Console.WriteLine();
            Console.WriteLine($"Artists and songs: {identity.SlugNames:N0} slug names learned, {identity.TracksNamed:N0} tracks named from them, "
                + $"{identity.CreditsWritten:N0} credits written ({identity.ArtistsAdded:N0} new artists), {identity.Songs:N0} songs in the target catalogs "
                + $"({identity.SongIdsChanged:N0} song ids changed).");
        }
        foreach (var error in summary.Errors) Console.Error.WriteLine($"error: {error} Nothing was written from this file.");
        Console.WriteLine();
        Console.WriteLine(summary.Succeeded
            ? $"Done: {summary.Files.Sum(f => f.Inserted):N0} new and {summary.Files.Sum(f => f.Updated):N0} updated tracks from {summary.Files.Count} file(s)."
            : $"Finished with {summary.Errors.Count} error(s).");
    }

    /// <summary>Reading and writing go together, so only the writing is shown, every 5% of the file.</summary>
    internal sealed class ConsoleProgress : IProgress<ImportProgress>
    {
        private const int Steps = 20;
        private int _shownStep = -1;

        public void Report(ImportProgress value)
        {
            ArgumentNullException.ThrowIfNull(value);
            switch (value.Phase)
            {
                case ImportPhase.Writing:
                    var step = (int)Math.Floor((value.FileFraction ?? 0) * Steps);
                    if (step == _shownStep) return;
                    _shownStep = step;
                    Console.WriteLine($"  {value.File}: wrote {value.Done:N0} tracks ({100 * (value.FileFraction ?? 0):F0}% of the file)");
                    break;
                case ImportPhase.Done:
                    _shownStep = -1;
                    Console.WriteLine($"  {value.File}: committed {value.Total:N0} tracks");
                    break;
            }
        }
    }
}
