using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Listing;

namespace MusicRecommender.Infrastructure.Tests.Listing;

/// <summary>The music-only rules on titles and figures from ../shared/data's K-pop and anime catalogs.</summary>
public sealed class ListingRulesTests
{
    private static readonly Dictionary<int, (bool Listed, string? Note)> NoDecisions = [];

    [Theory]
    [InlineData("Skit: Expectation!", "BTS", 0.665, "skit")]
    [InlineData("Skit : Circle Room Talk", "BTS", 0.775, "skit")]
    [InlineData("Intro", "j-hope", 0.828, "spoken intro")]
    [InlineData("Intro: Never Mind", "BTS", 0.904, "spoken intro")]
    [InlineData("MC 2", "BIGBANG", 0.5, "Talk between songs")]
    [InlineData("Mine - Commentary", "Taylor Swift", 0.4, "commentary")]
    public void Exclusions_WhenATrackIsTalkNotASong_KeepItOutWithItsReason(string title, string artist, double speechiness, string reason)
    {
        var excluded = Rules().Exclusions(TargetCatalog.Kpop, [Track(1, 1, title, artist, speechiness)], NoDecisions);

        Assert.Contains(reason, excluded[1], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Intro: Persona", "BTS", 0.337)]
    [InlineData("Interlude : Shadow", "BTS", 0.434)]
    [InlineData("Talk that Talk", "TWICE", 0.124)]
    [InlineData("Colors", "Stella Jang", 0.889)]
    [InlineData("Outro: Wings", "BTS", 0.129)]
    public void Exclusions_WhenATrackIsASong_KeepIt(string title, string artist, double speechiness) =>
        Assert.Empty(Rules().Exclusions(TargetCatalog.Kpop, [Track(1, 1, title, artist, speechiness)], NoDecisions));

    [Fact]
    public void Exclusions_WhenACutsFullSongIsInTheCatalog_KeepOnlyTheCutOut()
    {
        ListingTrack[] tracks =
        [
            Track(1, 1, "Guren no Yumiya", "Linked Horizon", 0.05), Track(2, 1, "Guren no Yumiya Tv Size Ver.", "Linked Horizon", 0.05),
            Track(3, 3, "紅蓮華 -TV ver.-", "LiSA", 0.09),
        ];

        var excluded = Rules().Exclusions(TargetCatalog.Anime, tracks, NoDecisions);

        Assert.Equal([2], excluded.Keys);
        Assert.Contains("TV-size", excluded[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Exclusions_WhenTheArtistIsOutsideTheCatalogsGenre_NameTheSetting()
    {
        var excluded = Rules().Exclusions(TargetCatalog.Anime, [Track(1, 1, "Stranger Things Vibes", "Kato", 0.05), Track(2, 2, "Gurenge", "LiSA", 0.08)], NoDecisions);

        Assert.Equal([1], excluded.Keys);
        Assert.Contains("Recommendations:MusicOnly:NotAnime", excluded[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Exclusions_WhenAnAdminDecided_TheDecisionWinsEitherWay()
    {
        var decisions = new Dictionary<int, (bool, string?)> { [1] = (true, null), [2] = (false, "a cover") };

        var excluded = Rules().Exclusions(TargetCatalog.Kpop, [Track(1, 1, "Skit", "BTS", 0.88), Track(2, 2, "Dynamite", "BTS", 0.05)], decisions);

        Assert.Equal([2], excluded.Keys);
        Assert.Equal("Excluded by an admin. a cover", excluded[2]);
    }

    [Fact]
    public void Exclusions_WhenConfiguredListsAndSwitches_FollowTheConfiguration()
    {
        var options = new MusicOnlyOptions { NotKpop = ["TWICE"], ExcludeSkits = false };

        var excluded = new ListingRules(options).Exclusions(TargetCatalog.Kpop,
            [Track(1, 1, "Skit: Soulmate", "BTS", 0.5), Track(2, 2, "Feel Special", "TWICE", 0.05), Track(3, 3, "Jack Harlow song", "Jack Harlow", 0.1)], NoDecisions);

        Assert.Equal([2], excluded.Keys);
    }

    private static ListingRules Rules() => new(new MusicOnlyOptions());

    private static ListingTrack Track(int id, int song, string title, string artist, double speechiness) => new(id, song, title, [artist], speechiness);
}
