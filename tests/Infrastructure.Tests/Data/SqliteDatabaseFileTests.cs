using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>
/// Issue 16 part 2: a database file that went missing is not silently replaced by an empty one, while a
/// first start on an empty folder still initialises.
/// </summary>
public sealed class SqliteDatabaseFileTests : IDisposable
{
    private readonly TempFolder _folder = new("musicrec-dbfile");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void PrepareForStart_OnAnEmptyFolder_CreatesTheDatabaseFile()
    {
        var file = SqliteDatabaseFile.From($"Data Source={_folder.File("musicrec.db")}")!;

        file.PrepareForStart(NullLogger.Instance);

        Assert.True(File.Exists(_folder.File("musicrec.db")));
    }

    [Fact]
    public void PrepareForStart_WhenTheFileIsGoneButItsMarkerRemains_StopsAndSaysHowToRecover()
    {
        var file = SqliteDatabaseFile.From($"Data Source={_folder.File("musicrec.db")}")!;
        file.PrepareForStart(NullLogger.Instance);
        file.WriteMarker(Guid.NewGuid(), DateTime.UtcNow);
        File.Delete(file.Path);

        var error = Assert.Throws<DatabaseMissingException>(() => file.PrepareForStart(NullLogger.Instance));

        Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains(file.MarkerPath, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void PrepareForStart_WhenTheConfiguredFolderVanished_StopsWithoutCreatingIt()
    {
        var gone = Path.Combine(_folder.Path, "data");
        var file = SqliteDatabaseFile.From($"Data Source={Path.Combine(gone, "musicrec.db")}")!;

        var error = Assert.Throws<DatabaseMissingException>(() => file.PrepareForStart(NullLogger.Instance));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(gone));
    }

    [Fact]
    public void PrepareForStart_WhenTheMarkerIsDeleted_StartsOverWithAnEmptyDatabase()
    {
        var file = SqliteDatabaseFile.From($"Data Source={_folder.File("musicrec.db")}")!;
        file.PrepareForStart(NullLogger.Instance);
        file.WriteMarker(Guid.NewGuid(), DateTime.UtcNow);
        File.Delete(file.Path);
        File.Delete(file.MarkerPath);

        file.PrepareForStart(NullLogger.Instance);

        Assert.True(File.Exists(file.Path));
    }
}
