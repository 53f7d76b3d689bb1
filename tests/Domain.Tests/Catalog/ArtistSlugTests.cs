using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class ArtistSlugTests
{
    [Theory]
    [InlineData("bts_k", "bts")]
    [InlineData("bolt_4_k", "bolt_4")]
    [InlineData("taylor", "taylor")]
    [InlineData("BAEKHYUN_k", "BAEKHYUN")]
    [InlineData("_k", "_k")]
    public void FromRaw_WhenSlugCarriesTheKpopSuffix_RemovesIt(string raw, string slug) =>
        Assert.Equal(slug, ArtistSlug.FromRaw(raw));

    [Fact]
    public void IsSlug_OnTheSlugListsArtistColumn_IsTrueForEveryArtistButTheOneAlreadyADisplayName()
    {
        var artists = RealCatalog.Value.SlugListArtists.Distinct().ToArray();

        var shown = artists.Where(a => !ArtistSlug.IsSlug(a, fromSlugList: true)).ToArray();

        Assert.Equal(58, artists.Length);
        Assert.Equal(["BAEKHYUN"], shown);
        Assert.Contains("hungha", artists);
        Assert.Contains("bolt_4", artists);
    }

    [Fact]
    public void IsSlug_OnRealLowerCaseNamesFromOtherFiles_IsFalse()
    {
        var lowerCase = RealCatalog.Value.MultiGenreArtists.Where(ArtistSlug.HasSlugShape).ToArray();

        // "keshi", "aespa", "yama" look like slugs; only the source tells them apart.
        Assert.Contains("keshi", lowerCase);
        Assert.Contains("aespa", lowerCase);
        Assert.All(lowerCase, name => Assert.False(ArtistSlug.IsSlug(name, fromSlugList: false)));
    }

    [Theory]
    [InlineData("taylor", "Taylor Swift")]
    [InlineData("theweekend", "The Weeknd")]
    [InlineData("hungha", "CHUNG HA")]
    [InlineData("ericnum", "Eric Nam")]
    [InlineData("bolt_4", "BOL4")]
    [InlineData("juicewild", "Juice WRLD")]
    [InlineData("augustd", "Agust D")]
    [InlineData("straykids", "Stray Kids")]
    [InlineData("michaeljackson", "Michael Jackson")]
    [InlineData("bts", "BTS")]
    [InlineData("iu", "IU")]
    public void Matches_WhenNameIsTheSlugsArtist_IsTrue(string slug, string name) =>
        Assert.True(ArtistSlug.Matches(slug, name));

    [Theory]
    [InlineData("harrystyles", "Chris Stapleton")]
    [InlineData("drake", "Justin Bieber")]
    [InlineData("michaeljackson", "The Jacksons")]
    [InlineData("queen", "David Bowie")]
    [InlineData("rm", "RMR")]
    [InlineData("iu", "IV")]
    [InlineData("bts", "")]
    public void Matches_WhenNameIsSomeoneElse_IsFalse(string slug, string name) =>
        Assert.False(ArtistSlug.Matches(slug, name));
}
