using MusicRecommender.TestSupport;

namespace MusicRecommender.Pipeline.Tests.Cli;

/// <summary>A command on a database file that vanished beside its marker says what to do, instead of crashing with a stack trace.</summary>
public sealed class MissingDatabaseCliTests
{
    [Fact]
    public async Task Migrate_WhenTheDatabaseFileIsGoneButItsMarkerIsNot_ExitsOneWithTheRemedy()
    {
        using var folder = new TempFolder("musicrec-cli-missing");
        var (created, _, createError) = await PipelineCli.RunAsync(folder, new Dictionary<string, string?>(), "migrate");
        Assert.True(created == 0, createError);
        Assert.True(File.Exists(folder.File(PipelineCli.DatabaseFile) + ".identity"));
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(folder.File(PipelineCli.DatabaseFile) + suffix);

        var (exit, _, error) = await PipelineCli.RunAsync(folder, new Dictionary<string, string?>(), "migrate");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: The database file", error.Trim(), StringComparison.Ordinal);
        Assert.Contains(".identity to start over", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File(PipelineCli.DatabaseFile)), "no empty database is made in the lost one's place");
    }
}
