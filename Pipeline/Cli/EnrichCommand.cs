using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Enrichment;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>enrich [--catalog anime|kpop|reference]</c>: fills missing or slug-only metadata from ReccoBeats (and Spotify
/// with credentials). Resumable: a run stopped by an outage exits 1 and the next one carries on.
/// </summary>
internal static class EnrichCommand
{
    public const string Usage = "enrich [--catalog anime|kpop|reference]   fill missing artists, albums, release dates, popularity from ReccoBeats/Spotify";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        var scope = ParseScope(cli.Text("catalog"));
        cli.EnsureAllUsed();

        using var host = await PipelineHost.StartAsync(cancellationToken);
        await using var services = host.Services.CreateAsyncScope();
        var enricher = services.ServiceProvider.GetRequiredService<MetadataEnricher>();
        var report = await enricher.RunAsync(scope, new Progress(), cancellationToken);

        Console.WriteLine();
        Console.WriteLine($"Asked about {report.Asked:N0} of {report.Candidates:N0} tracks: {report.Found:N0} known to a provider, {report.Changed:N0} filled in.");
        var missing = report.Missing;
        Console.WriteLine($"Still missing, of {missing.Tracks:N0} tracks{(scope == Catalogs.None ? "" : $" in {string.Join(", ", scope.Names())}")}:");
        Console.WriteLine($"  artist         {missing.NoArtist,8:N0}   (shown as \"{ArtistSlug.UnknownArtist}\")");
        Console.WriteLine($"  artist guessed {missing.ArtistFromSlugOnly,8:N0}   (named from the K-pop/western list's slug, no provider credit yet)");
        Console.WriteLine($"  album          {missing.NoAlbum,8:N0}");
        Console.WriteLine($"  release date   {missing.NoReleaseDate,8:N0}");
        Console.WriteLine($"  popularity     {missing.NoPopularity,8:N0}");
        foreach (var example in missing.NoArtistExamples) Console.WriteLine($"    no artist: {example}");
        if (report.Completed) return 0;
        await Console.Error.WriteLineAsync($"error: stopped early: {report.StoppedBecause} What was found is saved; run enrich again to resume.");
        return 1;
    }

    private static Catalogs ParseScope(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null => Catalogs.None,
        "REFERENCE" => Catalogs.Reference,
        _ when CatalogNames.TryParseTarget(text, out var target) => target.AsCatalogs(),
        _ => throw new CliException($"--catalog must be anime, kpop or reference, not '{text}'."),
    };

    private sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
