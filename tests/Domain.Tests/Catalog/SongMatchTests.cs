using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class SongMatchTests
{
    [Theory]
    [InlineData("Anti-Hero", "anti hero")]
    [InlineData("Anti-Hero - Live", "Anti-Hero")]
    [InlineData("Espresso (feat. Someone)", "espresso")]
    [InlineData("FLOWERS", "Flowers")]
    [InlineData("Déjà Vu", "deja vu")]
    public void SameTitle_WhenOnlyCaseAccentsOrVersionMarkersDiffer_IsTrue(string candidate, string wanted) =>
        Assert.True(SongMatch.SameTitle(candidate, wanted));

    [Theory]
    [InlineData("Flowers in the Rain", "Flowers")]
    [InlineData("Stay With Me (Part 2)", "Stay With Me")]
    [InlineData("Anything", "")]
    public void SameTitle_WhenTheSongDiffers_IsFalse(string candidate, string wanted) =>
        Assert.False(SongMatch.SameTitle(candidate, wanted));

    [Theory]
    [InlineData("Coldplay", "coldplay", true)]
    [InlineData("The Chainsmokers, Coldplay", "coldplay", true)]
    [InlineData("Mark Ronson; Miley Cyrus", "mileycyrus", true)]
    [InlineData("Sweet Little Band", "coldplay", false)]
    [InlineData("", "coldplay", false)]
    public void Credits_MatchesAnyNameOfTheCredit(string artists, string key, bool credited) =>
        Assert.Equal(credited, SongMatch.Credits(artists, key));

    [Fact]
    public void Preference_PutsTheTitleAsTypedFirstAndLiveCutsAfterTheOriginal()
    {
        var asTyped = SongMatch.Preference("Anti-Hero", "Anti-Hero");
        var remaster = SongMatch.Preference("Anti-Hero - Remastered", "Anti-Hero");
        var live = SongMatch.Preference("Anti-Hero - Live", "Anti-Hero");

        Assert.Equal(0, asTyped);
        Assert.True(asTyped < remaster);
        Assert.True(remaster < live);
    }
}
