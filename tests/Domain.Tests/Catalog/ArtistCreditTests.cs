using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class ArtistCreditTests
{
    [Theory]
    [InlineData("BTS", "bts")]
    [InlineData("Stray Kids", "straykids")]
    [InlineData("BLACKPINK", "blackpink")]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("NCT 127", "nct127")]
    public void Key_WhenSpellingsDifferInCaseSpacingOrAccents_IsTheSame(string name, string slugLike)
    {
        Assert.Equal(ArtistCredit.Key(slugLike), ArtistCredit.Key(name));
        Assert.NotEmpty(ArtistCredit.Key(name));
    }

    [Theory]
    [InlineData("BTS, Halsey", "BTS")]
    [InlineData("Craig David; Galantis", "Craig David")]
    [InlineData("Dynamite feat. Sia", "Dynamite")]
    [InlineData("Zedd ft. Alessia Cara", "Zedd")]
    [InlineData("Simon & Garfunkel", "Simon & Garfunkel")]
    [InlineData("  , Nat King Cole", "Nat King Cole")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Primary_WhenCreditListsSeveralArtists_IsTheFirst(string? artists, string primary) =>
        Assert.Equal(primary, ArtistCredit.Primary(artists));

    [Fact]
    public void Split_WhenCreditMixesSeparators_ListsEveryName() =>
        Assert.Equal(["Calvin Harris", "Justin Timberlake", "Halsey", "Pharrell Williams"],
            ArtistCredit.Split("Calvin Harris, Justin Timberlake, Halsey feat. Pharrell Williams"));

    [Fact]
    public void PrimaryKey_WhenCreditsNameTheSameLeadDifferently_Agree() =>
        Assert.Equal(ArtistCredit.PrimaryKey("bts"), ArtistCredit.PrimaryKey("BTS, Megan Thee Stallion"));
}
