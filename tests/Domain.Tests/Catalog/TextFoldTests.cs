using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("  Sigur   Rós\t", "sigur ros")]
    [InlineData("ＤＮＡ　ｆｅａｔ．", "dna feat")]
    [InlineData("Intro : Persona", "intro persona")]
    [InlineData("Butterfly‐Japanese Ver.‐", "butterfly japanese ver")]
    [InlineData("Acústico", "acustico")]
    [InlineData("bolt_4", "bolt 4")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_WhenTextHasCaseAccentsWidthAndPunctuation_ReturnsPlainLowerCaseWords(string? input, string expected) =>
        Assert.Equal(expected, TextFold.Fold(input));

    [Fact]
    public void Fold_WhenTextIsKorean_KeepsHangulComposed() =>
        Assert.Equal("방탄소년단 dynamite", TextFold.Fold("방탄소년단 Dynamite"));

    [Theory]
    [InlineData("Stray Kids", "straykids")]
    [InlineData("NCT 127", "nct127")]
    [InlineData("Hwa Sa", "hwasa")]
    [InlineData("j-hope", "jhope")]
    public void Compact_WhenNameHasSpacesOrPunctuation_DropsThem(string input, string expected) =>
        Assert.Equal(expected, TextFold.Compact(input));
}
