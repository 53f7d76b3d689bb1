using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Import;

/// <summary>
/// The importer writes a file batch by batch as it reads it (2,000 rows a batch): files longer than a
/// batch, built from the real multi-genre rows, show that a file found broken at its end still writes
/// nothing, and that a track repeated in a later batch is merged and counted once.
/// </summary>
public sealed class StreamingImportTests : IDisposable
{
    private const int Rows = 5_000;

    private readonly TempFolder _files = new("musicrec-stream");
    private TestDatabase _database = null!;

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    public void Dispose()
    {
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _files.Dispose();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenTheFileIsCutShortAfterSeveralBatches_WritesNothingFromIt(DatabaseProvider provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(SharedData.AnimeCsv);
        var lines = MultiGenreLines(Rows);
        var path = _files.File("cut.csv");
        // The last record opens a quote and never closes it: only the end of the file shows the cut.
        File.WriteAllText(path, string.Join('\n', lines) + "\n7zzzzzzzzzzzzzzzzzzzzz,\"Cut Artist,Album");

        var error = await Assert.ThrowsAsync<CatalogFileException>(() => ImportAsync(path));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(438, await db.Tracks.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenATrackReturnsInALaterBatch_MergesItAndCountsItOnce(DatabaseProvider provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var lines = MultiGenreLines(Rows);
        var first = lines[1];
        var id = first[..first.IndexOf(',', StringComparison.Ordinal)];
        lines.Add(first[..(first.LastIndexOf(',') + 1)] + "zz-test-genre");
        var path = _files.File("repeat.csv");
        File.WriteAllLines(path, lines);
        var distinct = lines.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).Count();

        var result = await ImportAsync(path);

        Assert.Equal(Rows + 1, result.DataRows);
        Assert.Equal(distinct, result.Inserted);
        Assert.Equal(Rows + 1 - distinct, result.DuplicateRows);
        Assert.Equal(0, result.Updated);
        await using var db = _database.CreateContext();
        Assert.Equal(distinct, await db.Tracks.CountAsync());
        var track = await db.Tracks.SingleAsync(t => t.SpotifyId == id);
        Assert.EndsWith(", zz-test-genre", track.Genres, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WhenAnUnchangedTrackReturnsLaterWithANewGenre_CountsItUpdatedNotUnchanged(DatabaseProvider provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var lines = MultiGenreLines(Rows);
        var path = _files.File("again.csv");
        File.WriteAllLines(path, lines);
        var first = await ImportAsync(path);
        lines.Add(lines[1][..(lines[1].LastIndexOf(',') + 1)] + "zz-test-genre");
        File.WriteAllLines(path, lines);

        var again = await ImportAsync(path);

        Assert.Equal(0, again.Inserted);
        Assert.Equal(1, again.Updated);
        Assert.Equal(first.Inserted - 1, again.Unchanged);
        Assert.Equal(first.DuplicateRows + 1, again.DuplicateRows);
    }

    /// <summary>The header and the first <paramref name="rows"/> one-line records of the real multi-genre file.</summary>
    private static List<string> MultiGenreLines(int rows) =>
        File.ReadLines(SharedData.MultiGenreCsv).Where(l => l.Count(c => c == '"') % 2 == 0).Take(rows + 1).ToList();

    private async Task<FileImportResult> ImportAsync(string path)
    {
        await using var db = _database.CreateContext();
        return await new CatalogImporter(db, new CatalogIdentity(db, TimeProvider.System, NullLogger<CatalogIdentity>.Instance), TimeProvider.System, NullLogger<CatalogImporter>.Instance).ImportFileAsync(path);
    }
}
