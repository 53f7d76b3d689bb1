using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Tests.Resolution;

public sealed class LocalChoicesTests
{
    [Fact]
    public void Alternatives_AreTheOtherSongsWithTheBestScoreEachOnce()
    {
        TrackMatch[] matches =
        [
            Match(1, "Flowers", "Lauren Spencer Smith", 80, 100),
            Match(2, "Flowers", "Lauren Spencer Smith", 0, 100),
            Match(3, "FLOWERS - Live", "Lauren Spencer Smith", 10, 100),
            Match(4, "Flowers", "The Red Pears", 52, 100),
            Match(5, "Flowers", "Peter Matthew Bauer", 25, 100),
            Match(6, "Flowers in the Rain", "The Move", 60, 70),
        ];

        var alternatives = LocalChoices.Alternatives(matches);

        Assert.Equal([4, 5], alternatives.Select(a => a.TrackId));
        Assert.False(LocalChoices.IsAmbiguous(matches, alternatives));
    }

    [Fact]
    public void IsAmbiguous_WhenAnotherSongIsAboutAsPopular_IsTrue()
    {
        TrackMatch[] matches = [Match(1, "Love", "A", 60, 100), Match(2, "Love", "B", 45, 100)];

        Assert.True(LocalChoices.IsAmbiguous(matches, LocalChoices.Alternatives(matches)));
    }

    [Fact]
    public void Alternatives_WhenOneSongMatches_AreEmpty()
    {
        TrackMatch[] matches = [Match(1, "Shape of You", "Ed Sheeran", 86, 95), Match(2, "Shape of You - Acoustic", "Ed Sheeran", 50, 95)];

        Assert.Empty(LocalChoices.Alternatives(matches));
        Assert.Empty(LocalChoices.Alternatives([]));
    }

    private static TrackMatch Match(int id, string title, string artists, int popularity, int score) =>
        new(id, $"Track{id:D17}", title, artists, null, Catalogs.Reference, popularity, score);
}
