using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Pipeline.Quality;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// <c>quality [--queries CSV] [--count 150] [--top 10]</c>: how clean the lists are (issue 10, part 7) for a query
/// set sent as features — a CSV with the nine feature columns, or by default stored pop songs (genre "pop") that
/// are in no target catalog — both catalogs, both arms.
/// </summary>
internal static class QualityCommand
{
    public const string Usage = "quality [--queries CSV] [--count 150] [--top 10]   share of lists repeating a song, over the artist cap, with empty or slug artists; exposure";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        var file = cli.Text("queries");
        var count = cli.WholeNumber("count", 1, 100_000) ?? 150;
        var top = cli.WholeNumber("top", 1, 100) ?? 10;
        cli.EnsureAllUsed();
        var fromFile = file is null ? null : ReadQueries(file, count);

        using var host = await PipelineHost.StartAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var queries = fromFile ?? await StoredPopAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), count, cancellationToken);
        if (queries.Count == 0)
        {
            await Console.Error.WriteLineAsync("error: no queries: import the seed (it holds the pop genre) or give --queries CSV.");
            return 1;
        }
        Console.WriteLine($"{queries.Count} queries ({(file is null ? "stored pop songs in no target catalog" : file)}), top {top}, sent as features.");
        var result = await scope.ServiceProvider.GetRequiredService<QualityRunner>().RunAsync(queries, top, cancellationToken);
        if (result.Rows.Count == 0)
        {
            await Console.Error.WriteLineAsync("error: no active model: train one first (train --catalog anime, train --catalog kpop).");
            return 1;
        }
        foreach (var line in result.Describe()) Console.WriteLine(line);
        return 0;
    }

    private static List<AudioFeatures> ReadQueries(string file, int count)
    {
        var table = FeatureCsv.Read(Path.GetFullPath(file), AudioFeatures.Names);
        var queries = new List<AudioFeatures>();
        for (var i = 0; i < table.Rows.Rows && queries.Count < count; i++)
        {
            var features = AudioFeatures.FromArray(table.Rows.Row(i));
            if (features.FindInvalid() is null) queries.Add(features);
        }
        return queries;
    }

    private static async Task<List<AudioFeatures>> StoredPopAsync(AppDbContext db, int count, CancellationToken cancellationToken)
    {
        const Catalogs targets = Catalogs.Anime | Catalogs.Kpop;
        var rows = await db.Tracks.AsNoTracking()
            .Where(t => (t.Catalogs & targets) == 0 && t.Tempo > 0 && t.Genres != null && ("," + t.Genres.Replace(" ", "") + ",").Contains(",pop,"))
            .OrderBy(t => t.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        return rows.Select(t => t.Features).ToList();
    }
}
