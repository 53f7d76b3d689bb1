using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Lookup;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>import --spotify-playlist URL --catalog anime|kpop</c>: a playlist's tracks, with features from
/// the lookup chain (Spotify, then ReccoBeats), into a target catalog.
/// </summary>
internal static class PlaylistImportCommand
{
    public const string Option = "spotify-playlist";

    public static (string PlaylistId, TargetCatalog Catalog) Parse(CliArguments cli)
    {
        var url = cli.RequiredText(Option);
        if (!SpotifyLink.TryParsePlaylistId(url, out var playlistId))
            throw new CliException($"--{Option} must be a Spotify playlist link (https://open.spotify.com/playlist/ID or spotify:playlist:ID), not '{url}'.");
        var catalogText = cli.Text("catalog") ?? throw new CliException($"--{Option} needs --catalog anime|kpop: the catalog the tracks join.");
        if (!CatalogNames.TryParseTarget(catalogText, out var catalog))
            throw new CliException($"--catalog must be anime or kpop, not '{catalogText}'.");
        if (cli.Has("from")) throw new CliException($"Give either --from or --{Option}, not both.");
        cli.EnsureAllUsed();
        return (playlistId, catalog);
    }

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        var (playlistId, catalog) = Parse(cli);
        using var host = await PipelineHost.StartAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PlaylistImporter>();
        var result = await importer.ImportAsync(playlistId, catalog, new ConsoleProgress(), cancellationToken);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(result.Failure == ServiceFailure.NotConfigured
                ? "error: importing a playlist needs Spotify credentials. Set Spotify__ClientId and Spotify__ClientSecret as environment variables, or with dotnet user-secrets (see the README)."
                : $"error: {result.Message} Nothing was written.");
            return 1;
        }
        Print(result.Value, catalog);
        return 0;
    }

    private static void Print(PlaylistImportSummary summary, TargetCatalog catalog)
    {
        var name = catalog.Name();
        Console.WriteLine();
        Console.WriteLine($"Playlist: {summary.PlaylistTracks} tracks.");
        Console.WriteLine($"  added to {name}: {summary.Added} (features from Spotify {summary.AddedFromSpotify}, from ReccoBeats {summary.AddedFromReccoBeats})");
        Console.WriteLine($"  already stored, now also in {name}: {summary.FlagAdded}");
        Console.WriteLine($"  already in {name}: {summary.AlreadyInCatalog}");
        Console.WriteLine($"  could not get features (not added): {summary.WithoutFeatures.Count}");
        foreach (var track in summary.WithoutFeatures) Console.WriteLine($"    {track.Title} — {track.ArtistNames} ({track.Id})");
        foreach (var note in summary.Notes) Console.WriteLine($"  note: {note}");
        if (summary.Added + summary.FlagAdded > 0)
            Console.WriteLine($"Retrain to recommend them: dotnet run --project Pipeline -- train --catalog {name}");
    }

    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine($"  {value}");
    }
}
