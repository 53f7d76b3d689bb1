using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>A playlist's picks follow the clusters its songs are in, in proportion, on the real served model.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class PlaylistSpreadTests(SeededSiteFixture fixture)
{
    [Fact]
    public void Rank_WhenThePlaylistCoversTwoClusters_SharesThePicksBetweenThemByTheirSize()
    {
        var model = fixture.Site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Kpop)!;
        var clusters = model.Index.Model;
        int ClusterOf(AudioFeatures f) => clusters.NearestCluster(clusters.Embed(f.ToArray()));
        // Two of the model's clusters, with songs of each (the catalog's own tracks stand in for a listener's).
        var byCluster = model.Tracks.Values.GroupBy(t => ClusterOf(t.Features)).Where(g => g.Count() >= 20).OrderByDescending(g => g.Count()).Take(2).ToList();
        Assert.Equal(2, byCluster.Count);
        var big = byCluster[0].Take(14).ToList();
        var small = byCluster[1].Take(6).ToList();
        var members = big.Concat(small).ToList();
        var playlist = new ResolvedSong(null, null, "Your playlist", "", FeatureProfile.Mean(members.Select(t => t.Features).ToList()), "playlist")
        {
            Kind = SeedKind.Playlist,
            Members = [.. members.Select(t => t.Features)],
            OwnTracks = members.Select(t => t.Id).ToHashSet(),
        };

        var list = PlaylistRanking.Rank(playlist, model, new RecommendationOptions(TargetCatalog.Kpop, Top: 10));

        Assert.Equal(10, list.Items.Count);
        Assert.Empty(list.Items.Select(i => i.TrackId).Intersect(playlist.OwnTracks));
        Assert.Equal(10, list.Items.Select(i => i.TrackId).Distinct().Count());
        var fromSmall = list.Items.Count(i => ClusterOf(i.Features) == byCluster[1].Key);
        var fromBig = list.Items.Count(i => ClusterOf(i.Features) == byCluster[0].Key);
        Assert.True(fromSmall >= 2, $"{fromSmall} picks from the smaller cluster");
        Assert.True(fromBig >= 5, $"{fromBig} picks from the larger cluster");
        Assert.Equal(Enumerable.Range(1, 10), list.Items.Select(i => i.Rank));
    }
}
