using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class SlugNamesTests
{
    [Fact]
    public void Learn_FromTheMultiGenreFilesCreditsForTheSameIds_NamesTheSlugsItCanAndOnlyThose()
    {
        var names = SlugNames.Learn(RealCatalog.Value.Sightings);

        Assert.Equal("Taylor Swift", names.Find("taylor"));
        Assert.Equal("The Weeknd", names.Find("theweekend"));
        Assert.Equal("BTS", names.Find("bts"));
        Assert.Equal("Michael Jackson", names.Find("michaeljackson"));
        Assert.Equal("NCT 127", names.Find("nct127"));
        // Their only shared ids are other artists' tracks (a feature, a mislabelled row): no guess.
        Assert.Null(names.Find("harrystyles"));
        Assert.Null(names.Find("drake"));
        Assert.All(RealCatalog.Value.SlugListArtists.Distinct(), slug =>
        {
            if (names.Find(slug) is { } name) Assert.True(ArtistSlug.Matches(slug, name), $"{slug} → {name}");
        });
    }

    [Fact]
    public void Learn_WhenSightingsComeInAnotherOrder_LearnsTheSameNames()
    {
        var sightings = RealCatalog.Value.Sightings;
        var forward = SlugNames.Learn(sightings);
        var backward = SlugNames.Learn(sightings.Reverse());

        Assert.All(RealCatalog.Value.SlugListArtists.Distinct(), slug => Assert.Equal(forward.Find(slug), backward.Find(slug)));
    }

    [Fact]
    public void Learn_WhenNamesCompete_TakesTheOneSeenOnMostTracks()
    {
        var names = SlugNames.Learn(
        [
            new("taylor", "Taylor Swift, Ed Sheeran"),
            new("taylor", "Taylor Swift"),
            new("taylor", "Taylor Dayne"),
        ]);

        Assert.Equal("Taylor Swift", names.Find("taylor"));
    }

    [Fact]
    public void DisplayName_WhenSlugHasNoKnownName_IsUnknownArtistNeverTheSlug()
    {
        var names = new SlugNames([KeyValuePair.Create("bolt_4", "BOL4")]);

        Assert.Equal("BOL4", names.DisplayName("bolt4"));
        Assert.Equal(ArtistSlug.UnknownArtist, names.DisplayName("hungha"));
    }
}
