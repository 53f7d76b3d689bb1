using MusicRecommender.Pipeline.Cli;

namespace MusicRecommender.Pipeline.Tests.Cli;

public sealed class FeatureCsvTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("feature-csv-tests-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_folder.FullName, "data.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Read_WhenRowsAreIncompleteOrDuplicated_SkipsAndCountsThemKeepingTheFirstId()
    {
        var path = Write(
            "track_id,name,a,b\r\n" +
            "x,\"Hello, \"\"world\"\"\",1,2\r\n" +
            "y,short\r\n" +
            "z,bad,abc,3\r\n" +
            "w,nan,NaN,3\r\n" +
            "x,again,5,6\r\n" +
            "v,\"two\nlines\",7,8\r\n" +
            "\r\n");

        var table = FeatureCsv.Read(path, ["b", "a"]);

        Assert.Equal("track_id", table.IdColumn);
        Assert.Equal(["x", "v"], table.Ids);
        Assert.Equal([2.0, 1, 8, 7], table.Rows.Values);
        Assert.Equal((6, 3, 1), (table.RowsRead, table.SkippedIncomplete, table.DuplicateIds));
    }

    [Fact]
    public void Read_WhenThereIsNoIdColumn_KeepsEveryCompleteRow()
    {
        var table = FeatureCsv.Read(Write("a\n1\n1\n"), ["a"]);

        Assert.Null(table.IdColumn);
        Assert.Equal(2, table.Rows.Rows);
    }

    [Fact]
    public void Read_WhenAFeatureColumnIsUnknown_ThrowsAUsageError()
    {
        var error = Assert.Throws<CliException>(() => FeatureCsv.Read(Write("a,b\n1,2\n"), ["a", "c"]));

        Assert.Contains("'c'", error.Message, StringComparison.Ordinal);
    }
}
