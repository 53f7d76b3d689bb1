using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class SongTextSplitsTests
{
    [Fact]
    public void Of_WhenTitleThenArtist_ReadsTheTitleFirstReadingFirst()
    {
        var splits = SongTextSplits.Of("Flowers Miley Cyrus");

        Assert.Equal(new SongTextSplit("Flowers", "Miley Cyrus"), splits[0]);
        Assert.Equal(new SongTextSplit("Flowers Miley", "Cyrus"), splits[1]);
        Assert.Contains(new SongTextSplit("Miley Cyrus", "Flowers"), splits);
        Assert.Equal(4, splits.Count);
    }

    [Fact]
    public void Of_WhenAWordHasAHyphen_KeepsItWhole()
    {
        var splits = SongTextSplits.Of("Anti-Hero Taylor Swift");

        Assert.Equal(new SongTextSplit("Anti-Hero", "Taylor Swift"), splits[0]);
        Assert.DoesNotContain(splits, s => s.Title == "Anti" || s.Artist.StartsWith("Hero", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Coldplay - Yellow", "Yellow", "Coldplay")]
    [InlineData("Yellow – Coldplay", "Coldplay", "Yellow")]
    [InlineData("Yellow by Coldplay", "Yellow", "Coldplay")]
    public void Of_WhenTextHasASeparator_ReadsItThatWayFirst(string text, string title, string artist) =>
        Assert.Equal(new SongTextSplit(title, artist), SongTextSplits.Of(text)[0]);

    [Theory]
    [InlineData("Coldplay")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Of_WhenThereIsOneWordOrNone_HasNoReading(string? text) => Assert.Empty(SongTextSplits.Of(text));

    [Fact]
    public void Of_WhenTextIsLong_StopsAtTheLimit() =>
        Assert.Equal(5, SongTextSplits.Of("one two three four five six seven eight nine ten", max: 5).Count);
}
