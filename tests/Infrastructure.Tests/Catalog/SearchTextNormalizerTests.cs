using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;

namespace MusicRecommender.Infrastructure.Tests.Catalog;

public sealed class SearchTextNormalizerTests
{
    [Theory]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("  Sigur   Rós\t", "sigur ros")]
    [InlineData("MOTÖRHEAD", "motorhead")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_WhenTextHasCaseAccentsAndSpaces_ReturnsPlainLowerCase(string? input, string expected) =>
        Assert.Equal(expected, SearchTextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_WhenTextIsKorean_KeepsHangulComposed() =>
        Assert.Equal("방탄소년단 dynamite", SearchTextNormalizer.Normalize("방탄소년단 Dynamite"));

    [Fact]
    public void ForTrack_WhenAlbumIsMissing_JoinsTitleAndArtists() =>
        Assert.Equal("deja vu olivia rodrigo", SearchTextNormalizer.ForTrack("Déjà Vu", "Olivia Rodrigo", null));

    [Theory]
    [InlineData("ＤＮＡ (Japanese ver.)")]
    [InlineData("Butterfly‐Japanese Ver.‐")]
    [InlineData("잘자요 굿나잇 / JALJAYO GOOD NIGHT")]
    public void Normalize_IsTheDomainFoldSongGroupingUses(string text) =>
        Assert.Equal(TextFold.Fold(text), SearchTextNormalizer.Normalize(text));
}
