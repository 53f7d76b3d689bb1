using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Import;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Import;

/// <summary>
/// Kaggle's <c>dataset.csv</c> (what <c>data fetch</c> downloads) leads with pandas' unnamed index column
/// — an empty header, shown as <c>Unnamed: 0</c> by pandas — which ../shared/data's per-genre rebuild
/// lacks. Both layouts must import to the same tracks.
/// </summary>
public sealed class OriginalMultiGenreLayoutTests : IDisposable
{
    private readonly TempFolder _files = new("musicrec-layout");

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("Unnamed: 0")]
    public async Task Import_WhenTheFileHasTheLeadingIndexColumn_StoresTheSameTracksAsWithout(string indexHeader)
    {
        // Every 40th row of the real file: all 114 genres, anime and k-pop included, a few seconds to import.
        var lines = await File.ReadAllLinesAsync(SharedData.MultiGenreCsv);
        var sample = lines.Skip(1).Where((_, i) => i % 40 == 0).ToArray();
        var today = _files.File("today.csv");
        var original = _files.File("dataset.csv");
        await File.WriteAllLinesAsync(today, [lines[0], .. sample]);
        await File.WriteAllLinesAsync(original, [$"{indexHeader},{lines[0]}", .. sample.Select((line, i) => $"{i * 40},{line}")]);

        var (todayResult, todayTracks) = await ImportAsync(today);
        var (originalResult, originalTracks) = await ImportAsync(original);

        Assert.Equal("multi-genre Spotify tracks dataset", originalResult.Format);
        Assert.Equal(sample.Length, originalResult.DataRows);
        Assert.Equal(todayResult.Rejected, originalResult.Rejected);
        Assert.True(originalTracks.Count > 2000);
        Assert.Contains(originalTracks, t => t.Contains("|Anime|", StringComparison.Ordinal));
        Assert.Contains(originalTracks, t => t.Contains("|Kpop|", StringComparison.Ordinal));
        Assert.Equal(todayTracks, originalTracks);
    }

    /// <summary>Imports into a fresh database; every stored field of every track, one line per track.</summary>
    private static async Task<(FileImportResult Result, List<string> Tracks)> ImportAsync(string path)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var result = await new CatalogImporter(db, new CatalogIdentity(db, TimeProvider.System, NullLogger<CatalogIdentity>.Instance), TimeProvider.System, NullLogger<CatalogImporter>.Instance).ImportFileAsync(path);
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.SpotifyId).ToListAsync();
        return (result, [.. tracks.Select(t => string.Join("|", t.SpotifyId, t.Title, t.Artists, t.Album, t.Genres, t.Catalogs, t.Popularity,
            t.Explicit, t.Key, t.Mode, t.TimeSignature, t.DurationMs, string.Join(",", t.Features.ToArray()), t.Source))]);
    }
}
