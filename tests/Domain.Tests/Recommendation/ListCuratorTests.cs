using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Domain.Tests.Recommendation;

public sealed class ListCuratorTests
{
    [Fact]
    public void Offer_WhenASongComesAgain_PassesOverItsOtherVersions()
    {
        var curator = new ListCurator(10, 2);

        Assert.True(curator.Offer(7, ["bts"]));
        Assert.False(curator.Offer(7, ["bts"]));
        Assert.Equal(1, curator.Count);
    }

    [Fact]
    public void Offer_WhenAnArtistHasItsQuota_TakesTheNextArtistsSongInstead()
    {
        var curator = new ListCurator(3, 2);
        var offered = new (int Song, string[] Artists)[] { (1, ["bts"]), (2, ["bts"]), (3, ["bts"]), (4, ["twice"]), (5, ["iu"]) };

        var taken = offered.Where(o => curator.Offer(o.Song, o.Artists)).Select(o => o.Song).ToArray();

        Assert.Equal([1, 2, 4], taken);
        Assert.True(curator.IsFull);
    }

    [Fact]
    public void Offer_WhenACollaborationWouldPassEitherArtistsQuota_PassesOverIt()
    {
        var curator = new ListCurator(10, 1);
        curator.Offer(1, ["jungkook"]);

        Assert.False(curator.Offer(2, ["latto", "jungkook"]));
        Assert.True(curator.Offer(3, ["latto"]));
        Assert.True(curator.Offer(4, []));
        Assert.True(curator.Offer(5, []));
    }
}
