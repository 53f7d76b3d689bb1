using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class DataCleanerTests
{
    private static double[] Valid(double tempo = 120) => [0.5, 0.5, -7, 0.05, 0.3, 0, 0.1, 0.5, tempo];

    [Fact]
    public void Clean_WhenRowsAreBroken_DropsThemAndCountsEachReasonOnce()
    {
        TrainingRow[] rows =
        [
            new("a", "Artist", Valid()),
            new("b", "Artist", [0.5, 0.5]),
            new("c", "Artist", [.. Valid()[..8], double.NaN]),
            new("d", "Artist", [1.5, .. Valid()[1..]]),
            new("e", "Artist", Valid(tempo: 0)),
            new("a", "Artist", Valid(tempo: 99)),
            new("f", "Jack Harlow;EST Gee", Valid()),
            new("g", "BTS", Valid()),
        ];

        var result = new DataCleaner(ArtistExclusions.NotKpop).Clean(rows);

        Assert.Equal(["a", "g"], result.Kept.Select(r => r.Id));
        Assert.Equal(120, result.Kept[0].Features[8]);
        Assert.Equal((8, 2, 1, 1, 1, 1), (result.Input, result.MissingFeatures, result.OutOfRange, result.ZeroTempo, result.ExcludedArtists, result.DuplicateIds));
        Assert.Equal(6, result.Dropped);
    }

    [Fact]
    public void Clean_WhenTheFirstCopyIsBroken_KeepsTheValidSecondCopy()
    {
        var result = new DataCleaner().Clean([new("a", "", Valid(tempo: 0)), new("a", "", Valid())]);

        Assert.Single(result.Kept);
        Assert.Equal(0, result.DuplicateIds);
    }

    [Fact]
    public void Clean_WhenAnArtistNameHoldsAComma_MatchesItWhole()
    {
        var result = new DataCleaner(ArtistExclusions.NotKpop).Clean([new("a", "car, the garden", Valid()), new("b", "Car", Valid())]);

        Assert.Equal(["b"], result.Kept.Select(r => r.Id));
        Assert.Equal(1, result.ExcludedArtists);
    }

    [Fact]
    public void Clean_WhenGivenTheMultiGenreKpopSlice_ExcludesItsNonKpopArtists()
    {
        var path = MusicRecommender.Tests.Shared.SharedFiles.Data("spotify_tracks_multigenre.csv");
        var rows = MusicRecommender.Tests.Shared.SharedFiles.ReadRows(path)
            .Where(f => f[^1] == "k-pop")
            .Select(f => new TrainingRow(f[0], f[1], Valid()))
            .ToArray();

        var result = new DataCleaner(ArtistExclusions.NotKpop).Clean(rows);

        Assert.Equal(1000, result.Input);
        // SOURCES.md: about 541 of the slice's 1,000 rows are by these artists.
        Assert.Equal(541, result.ExcludedArtists);
    }
}
