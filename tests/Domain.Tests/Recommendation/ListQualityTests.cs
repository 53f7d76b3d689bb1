using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Domain.Tests.Recommendation;

public sealed class ListQualityTests
{
    [Fact]
    public void Measure_CountsListsThatRepeatASongPassTheCapOrShowNoOrASlugArtist()
    {
        IReadOnlyList<QualityItem>[] lists =
        [
            [Item(1, 1, "bts"), Item(2, 1, "bts"), Item(3, 3, "bts")],
            [Item(4, 4, "iu"), Item(5, 5, "", empty: true), Item(6, 6, "~hungha", slug: true)],
        ];

        var figures = ListQuality.Measure(lists, maxPerArtist: 2, catalogSize: 10);

        Assert.Equal(2, figures.Lists);
        Assert.Equal((0.5, 0.5, 0.5), (figures.RepeatingSong, figures.ExtraCopiesPerList, figures.OverArtistCap));
        Assert.Equal((0.5, 1.0 / 6, 0.5, 1.0 / 6), (figures.WithEmptyArtist, figures.EmptyArtistItems, figures.WithSlugArtist, figures.SlugArtistItems));
        Assert.Equal(6, figures.DistinctTracks);
    }

    [Theory]
    [InlineData(new[] { 5, 5, 5, 5 }, 4, 0.0)]
    [InlineData(new[] { 8 }, 4, 0.75)]
    [InlineData(new[] { 1, 3 }, 2, 0.25)]
    public void Gini_MatchesTheTextbookFormula(int[] counts, int population, double expected) =>
        Assert.Equal(expected, ListQuality.Gini(counts, population), 12);

    private static QualityItem Item(int track, int song, string artist, bool empty = false, bool slug = false) =>
        new(track, song, artist.Length == 0 ? [] : [artist], empty, slug);
}
