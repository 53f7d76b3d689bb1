using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Listing;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Pipeline.Quality;

/// <summary>
/// Issue 10's numbers: for a query set, the lists both arms draw from each target catalog's active model, as
/// the site draws them (<see cref="ListRanking"/>, <c>Recommendations:*</c>), measured by <see cref="ListQuality"/>.
/// A song is its stored song id; an artist is each credited artist's key; an item's artist is a slug when the
/// text shown is one of the K-pop/western list's slugs.
/// </summary>
public sealed class QualityRunner(IDbContextFactory<AppDbContext> contextFactory, ModelLoader loader, IOptions<ListOptions> options)
{
    public static IReadOnlyList<string> Arms { get; } = [RecommenderVariants.Model, RecommenderVariants.Random];

    public async Task<QualityResult> RunAsync(IReadOnlyList<AudioFeatures> queries, int top = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var slugs = (await db.Tracks.AsNoTracking().Where(t => t.ArtistSlug != null).Select(t => t.ArtistSlug!).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var active = await db.ModelVersions.AsNoTracking().Where(m => m.Status == ModelStatus.Active).ToListAsync(cancellationToken);
        var cap = options.Value.MaxPerArtist;
        var rows = new List<QualityRow>();
        var all = new List<IReadOnlyList<QualityItem>>();
        var catalogSize = 0;
        foreach (var version in active.OrderBy(v => v.Catalog))
        {
            var model = await loader.LoadAsync(db, version.Id, cancellationToken);
            catalogSize += model.Tracks.Count;
            foreach (var arm in Arms)
            {
                var lists = new List<IReadOnlyList<QualityItem>>(queries.Count);
                for (var i = 0; i < queries.Count; i++)
                {
                    var ranked = ListRanking.Rank(model, queries[i], new RankRequest(top, MaxPerArtist: cap, Variant: new ServedVariant(arm, i)));
                    lists.Add(ranked.Picks.Select(p => Item(p.Track, slugs)).ToArray());
                }
                all.AddRange(lists);
                rows.Add(new QualityRow(model.Catalog.Name(), arm, ListQuality.Measure(lists, cap, model.Tracks.Count), lists));
            }
        }
        return new QualityResult(rows, ListQuality.Measure(all, cap, catalogSize), cap);
    }

    private static QualityItem Item(ServedTrack track, HashSet<string> slugs) => new(
        track.Id, track.SongId, track.ArtistKeys, track.Artists.Length == 0,
        ArtistSlug.HasSlugShape(track.Artists) && slugs.Contains(track.Artists));
}
