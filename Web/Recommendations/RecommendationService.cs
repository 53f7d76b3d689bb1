using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Resolves what the listener likes and ranks the target catalog against it with the active model.</summary>
public sealed class RecommendationService(SongResolver resolver, ModelStore models)
{
    public Task<RecommendationOutcome> RecommendAsync(SongQuery query, RecommendationOptions options, CancellationToken cancellationToken = default) =>
        RecommendAsync(query, options, askWhenAmbiguous: false, cancellationToken);

    /// <summary>
    /// With <paramref name="askWhenAmbiguous"/> (the page), text that several songs match equally ends as
    /// <see cref="RecommendationFailure.MustChoose"/> with every candidate; without it (the API), the best
    /// match is ranked and the others come as <see cref="RecommendationOutcome.Alternatives"/>.
    /// </summary>
    public async Task<RecommendationOutcome> RecommendAsync(
        SongQuery query, RecommendationOptions options, bool askWhenAmbiguous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var model = models.Get(options.Catalog);
        if (model is null)
        {
            return RecommendationOutcome.Fail(RecommendationFailure.NoModel,
                $"There is no active {options.Catalog.DisplayName()} model yet. An admin can import a catalog and train one.");
        }
        var resolution = await resolver.ResolveAsync(query, cancellationToken);
        if (resolution.Song is not { } song)
        {
            return RecommendationOutcome.Fail(resolution.Failure ?? RecommendationFailure.SongNotFound, resolution.Message ?? "That song is not in our catalog.")
                with { Known = resolution.Known };
        }
        if (askWhenAmbiguous && resolution.Ambiguous)
        {
            var best = new SongChoice(song.TrackId, song.SpotifyId, song.Title, song.Artists);
            return RecommendationOutcome.Fail(RecommendationFailure.MustChoose, "Several songs match: which one did you mean?")
                with { Alternatives = [best, .. resolution.Alternatives] };
        }
        var list = song.Kind == SeedKind.Playlist ? PlaylistRanking.Rank(song, model, options) : Rank(song, model, options);
        list = list with { SimilarArtists = SimilarArtists.For(song, model, options, list.Items) };
        return RecommendationOutcome.Success(list) with { Notice = resolution.Notice, Alternatives = resolution.Alternatives };
    }

    public static RecommendationList Rank(ResolvedSong song, LoadedModel model, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(song);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        // An artist's or a playlist's own songs are never recommended back: ask for enough to leave them out.
        var excluded = SeedExclusions.For(song, model);
        var query = new RecommendationQuery(options.Top + excluded.Count, options.NProbe, options.Exact || options.Variant?.Name == RecommenderVariants.Exact, song.TrackId);
        var result = options.Variant is { Name: RecommenderVariants.Random } control
            ? ControlRanking.Random(model, song.Features, query, control.Seed)
            : model.Index.Recommend(song.Features.ToArray(), query);
        var scaler = model.Index.Model.Scaler;
        var subject = song.Kind switch
        {
            SeedKind.Artist => $"{song.Artists}'s songs",
            SeedKind.Playlist => "your playlist",
            _ => song.Source == "features" ? "your settings" : "your song",
        };
        var items = result.Items.Where(n => !excluded.Contains(n.TrackId)).Take(options.Top).Select((n, i) =>
        {
            var track = model.Tracks[n.TrackId];
            return new RecommendedItem(i + 1, track.Id, track.SpotifyId, track.Title, track.Artists, track.Genres, n.Similarity, track.SpotifyUrl, track.Features,
                RecommendationReasons.Explain(scaler, song.Features, track.Features, subject));
        }).ToArray();
        return new RecommendationList(song, options.Catalog, model.Version, model.ModelVersionId, result.Cluster, items);
    }
}
