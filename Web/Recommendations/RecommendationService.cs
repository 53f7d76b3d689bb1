using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Resolves the listener's song and ranks the target catalog against it with the active model.</summary>
public sealed class RecommendationService(SongResolver resolver, ResolutionCache resolutions, ModelStore models)
{
    public async Task<RecommendationOutcome> RecommendAsync(SongQuery query, RecommendationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var model = models.Get(options.Catalog);
        if (model is null)
        {
            return RecommendationOutcome.Fail(RecommendationFailure.NoModel,
                $"There is no active {options.Catalog.DisplayName()} model yet. An admin can import a catalog and train one.");
        }
        var resolution = await resolutions.GetOrAddAsync(ResolutionCache.KeyOf(query), ct => resolver.ResolveAsync(query, ct), r => r.Song?.Source == "local", cancellationToken);
        if (resolution.Song is not { } song)
        {
            return RecommendationOutcome.Fail(resolution.Failure ?? RecommendationFailure.SongNotFound, resolution.Message ?? "That song is not in our catalog.")
                with { Known = resolution.Known };
        }
        return RecommendationOutcome.Success(Rank(song, model, options)) with { Notice = resolution.Notice };
    }

    public static RecommendationList Rank(ResolvedSong song, LoadedModel model, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(song);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var query = new RecommendationQuery(options.Top, options.NProbe, options.Exact || options.Variant?.Name == RecommenderVariants.Exact, song.TrackId);
        var result = options.Variant is { Name: RecommenderVariants.Random } control
            ? ControlRanking.Random(model, song.Features, query, control.Seed)
            : model.Index.Recommend(song.Features.ToArray(), query);
        var scaler = model.Index.Model.Scaler;
        var subject = song.Source == "features" ? "your settings" : "your song";
        var items = result.Items.Select((n, i) =>
        {
            var track = model.Tracks[n.TrackId];
            return new RecommendedItem(i + 1, track.Id, track.SpotifyId, track.Title, track.Artists, track.Genres, n.Similarity, track.SpotifyUrl, track.Features,
                RecommendationReasons.Explain(scaler, song.Features, track.Features, subject));
        }).ToArray();
        return new RecommendationList(song, options.Catalog, model.Version, model.ModelVersionId, result.Cluster, items);
    }
}
