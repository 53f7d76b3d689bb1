using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>The random control on the real served model: reproducible, from the catalog, with true similarities.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class RandomControlRankingTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task Rank_WhenTheVariantIsRandom_DrawsReproducibleCatalogTracksWithTheirCosineToTheQuery()
    {
        var model = fixture.Site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Kpop)!;
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var song = (await scope.ServiceProvider.GetRequiredService<SongResolver>().ResolveAsync(new SongQuery(Text: "Shape of You Ed Sheeran"))).Song!;
        var options = new RecommendationOptions(TargetCatalog.Kpop, 10);

        var first = RecommendationService.Rank(song, model, options with { Variant = new ServedVariant(RecommenderVariants.Random, 42) });
        var again = RecommendationService.Rank(song, model, options with { Variant = new ServedVariant(RecommenderVariants.Random, 42) });
        var other = RecommendationService.Rank(song, model, options with { Variant = new ServedVariant(RecommenderVariants.Random, 43) });
        var everything = model.Index.Recommend(song.Features.ToArray(), new RecommendationQuery(model.Index.Count, Exact: true))
            .Items.ToDictionary(n => n.TrackId, n => n.Similarity);

        Assert.Equal(first.Items.Select(i => i.TrackId), again.Items.Select(i => i.TrackId));
        Assert.NotEqual(first.Items.Select(i => i.TrackId), other.Items.Select(i => i.TrackId));
        Assert.Equal(10, first.Items.Select(i => i.TrackId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 10), first.Items.Select(i => i.Rank));
        Assert.Equal(first.Items.Select(i => i.Similarity).OrderByDescending(s => s), first.Items.Select(i => i.Similarity));
        Assert.All(first.Items, item => Assert.Equal(everything[item.TrackId], item.Similarity, 1e-9));
        Assert.All(first.Items, item => Assert.False(string.IsNullOrEmpty(item.Reason)));
        // Random, not the model's ranking: the control's tracks are not the ten most similar.
        var best = everything.OrderByDescending(p => p.Value).Take(10).Select(p => p.Key).ToHashSet();
        Assert.True(first.Items.Count(i => best.Contains(i.TrackId)) < 5);
    }
}
