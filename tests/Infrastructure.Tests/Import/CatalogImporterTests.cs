using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Import;

/// <summary>The importer on the real dataset files and on broken ones, on both database providers.</summary>
public sealed class CatalogImporterTests : IDisposable
{
    private readonly TempFolder _files = new("musicrec-import");
    private TestDatabase _database = null!;

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    public static IEnumerable<object[]> BrokenFiles =>
        from provider in TestDatabase.Providers
        from broken in new[]
        {
            ("empty", "empty"), ("binary", "binary"), ("wrong-header", "unrecognised header"), ("truncated", "truncated"),
            ("latin1", "not UTF-8"), ("header-only", "no rows"), ("mostly-invalid", "rows are invalid"),
        }
        select new object[] { provider[0], broken.Item1, broken.Item2 };

    public void Dispose()
    {
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _files.Dispose();
    }

    private async Task UseAsync(DatabaseProvider provider) => _database = await TestDatabase.CreateAsync(provider);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenAnimeListIsImported_StoresEveryRowAsAnime(DatabaseProvider provider)
    {
        await UseAsync(provider);
        var result = await ImportFileAsync(SharedData.AnimeCsv);

        Assert.Equal(438, result.DataRows);
        Assert.Equal(438, result.Inserted);
        Assert.Equal(0, result.Rejected);
        await using var db = _database.CreateContext();
        Assert.Equal(438, await db.Tracks.CountAsync(t => t.Catalogs == Catalogs.Anime));
        var monster = await db.Tracks.SingleAsync(t => t.SpotifyId == "06XQvnJb53SUYmlWIhUXUi");
        Assert.Equal("怪物", monster.Title);
        Assert.Equal(169.935, monster.Tempo, 9);
        Assert.Equal(6.57e-05, monster.Instrumentalness, 12);
        Assert.Equal("zhu", monster.Source);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenKpopWesternListIsImported_SplitsByTypeAndSkipsJunkRowsWithLineNumbers(DatabaseProvider provider)
    {
        await UseAsync(provider);
        var result = await ImportFileAsync(SharedData.KpopWesternCsv);

        Assert.Equal(6855, result.DataRows);
        Assert.Equal(15, result.RejectedByReason["missing id"]);
        Assert.Equal(15, result.Rejected);
        Assert.All(result.FirstRejected, r => Assert.True(r.Line > 1));
        await using var db = _database.CreateContext();
        Assert.Equal(1416, await db.Tracks.CountAsync(t => t.Catalogs == Catalogs.Kpop));
        Assert.Equal(3828, await db.Tracks.CountAsync(t => t.Catalogs == Catalogs.Reference));
        var candy = await db.Tracks.SingleAsync(t => t.SpotifyId == "6kKC35sKUh2FUx4M0qAL44");
        Assert.Equal("BAEKHYUN", candy.Artists);
        Assert.Equal(11, candy.Key);
        Assert.Equal(227173, candy.DurationMs);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenSameFolderIsImportedTwice_SecondRunChangesNothing(DatabaseProvider provider)
    {
        await UseAsync(provider);
        var first = await ImportAsync(SharedData.DataFolder);
        var second = await ImportAsync(SharedData.DataFolder);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.True(first.Files.Sum(f => f.Inserted) > 90_000);
        Assert.Equal(0, second.Files.Sum(f => f.Inserted));
        Assert.Equal(0, second.Files.Sum(f => f.Updated));
        await using var db = _database.CreateContext();
        Assert.Equal(first.Files.Sum(f => f.Inserted), await db.Tracks.CountAsync());
        Assert.Equal(await db.Tracks.Select(t => t.SpotifyId).Distinct().CountAsync(), await db.Tracks.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenTrackIsInSeveralGenres_KeepsOneTrackInEveryCatalog(DatabaseProvider provider)
    {
        await UseAsync(provider);
        await ImportAsync(SharedData.DataFolder);

        await using var db = _database.CreateContext();
        var animeAndKpop = await db.Tracks.CountAsync(t => (t.Catalogs & (Catalogs.Anime | Catalogs.Kpop)) == (Catalogs.Anime | Catalogs.Kpop));
        Assert.Equal(9, animeAndKpop); // SOURCES.md: 9 ids are in both the anime and k-pop slices
        Assert.InRange(await db.Tracks.CountAsync(t => (t.Catalogs & Catalogs.Anime) != 0), 1300, 1500);
        Assert.InRange(await db.Tracks.CountAsync(t => (t.Catalogs & Catalogs.Kpop) != 0), 1800, 2500);
        Assert.True(await db.Tracks.CountAsync(t => (t.Catalogs & Catalogs.Reference) != 0) >= 80_000);
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Import_WhenFileIsBroken_RefusesItAndWritesNothing(DatabaseProvider provider, string kind, string expectedMessage)
    {
        await UseAsync(provider);
        await ImportFileAsync(SharedData.AnimeCsv);
        var path = BrokenFile(kind);

        var summary = await ImportAsync(path);

        Assert.False(summary.Succeeded);
        Assert.Contains(expectedMessage, Assert.Single(summary.Errors), StringComparison.OrdinalIgnoreCase);
        await using var db = _database.CreateContext();
        Assert.Equal(438, await db.Tracks.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenRowsHaveBadValues_SkipsThemCountedByReason(DatabaseProvider provider)
    {
        await UseAsync(provider);
        var lines = File.ReadLines(SharedData.AnimeCsv).Take(11).ToList();
        lines[1] = lines[1].Replace(",0.824,", ",1.824,", StringComparison.Ordinal); // energy out of range
        lines[2] = lines[2].Replace(",0.91,", ",loud,", StringComparison.Ordinal); // energy not a number
        lines[3] = string.Join(",", lines[3].Split(',').Take(5)); // cut short
        var path = _files.File("some-bad.csv");
        await File.WriteAllLinesAsync(path, lines);

        var result = await ImportFileAsync(path);

        Assert.Equal(10, result.DataRows);
        Assert.Equal(7, result.Inserted);
        Assert.Equal(1, result.RejectedByReason["energy out of range"]);
        Assert.Equal(1, result.RejectedByReason["unparsable energy"]);
        Assert.Equal(1, result.RejectedByReason["wrong number of fields"]);
        Assert.Equal([2, 3, 4], result.FirstRejected.Select(r => r.Line).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenCancelledWhileWriting_LeavesDatabaseAsItWas(DatabaseProvider provider)
    {
        await UseAsync(provider);
        await ImportFileAsync(SharedData.AnimeCsv);
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == ImportPhase.Writing) cancellation.Cancel();
        });

        await using (var db = _database.CreateContext())
        {
            var importer = Importers.For(db);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportFileAsync(SharedData.MultiGenreCsv, progress, cancellation.Token));
        }

        await using var check = _database.CreateContext();
        Assert.Equal(438, await check.Tracks.CountAsync());
    }

    private async Task<FileImportResult> ImportFileAsync(string path)
    {
        await using var db = _database.CreateContext();
        return await Importers.For(db).ImportFileAsync(path);
    }

    private async Task<ImportSummary> ImportAsync(string path)
    {
        await using var db = _database.CreateContext();
        return await Importers.For(db).ImportAsync(path);
    }

    private string BrokenFile(string kind)
    {
        var path = _files.File(kind + ".csv");
        var real = File.ReadAllBytes(SharedData.AnimeCsv);
        switch (kind)
        {
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "binary":
                File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, .. real[..200]]);
                break;
            case "wrong-header":
                File.WriteAllText(path, "name,age\nalice,30\n");
                break;
            case "truncated":
                File.WriteAllBytes(path, real[..(real.Length / 2)]);
                break;
            case "latin1":
                File.WriteAllBytes(path, [.. real[..400], 0xE9, 0x74, 0xE9, (byte)'\n']);
                break;
            case "header-only":
                File.WriteAllText(path, File.ReadLines(SharedData.AnimeCsv).First() + "\n");
                break;
            case "mostly-invalid":
                var lines = File.ReadLines(SharedData.AnimeCsv).Take(21).ToList();
                for (var i = 1; i < 15; i++) lines[i] = lines[i].Replace("audio_features,", "audio_features,bad-id-", StringComparison.Ordinal);
                File.WriteAllLines(path, lines);
                break;
        }
        return path;
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
