using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Feedback;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Resolves the listener's song and ranks the target catalog against it with the active model.</summary>
public sealed class RecommendationService(AppDbContext db, TrackSearch search, ModelStore models)
{
    public async Task<RecommendationOutcome> RecommendAsync(SongQuery query, RecommendationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var model = models.Get(options.Catalog);
        if (model is null)
        {
            return RecommendationOutcome.Fail(RecommendationFailure.NoModel,
                $"There is no active {options.Catalog.DisplayName()} model yet. An admin can import a catalog and train one (see the README).");
        }
        var song = await ResolveAsync(query, cancellationToken);
        if (song is null)
        {
            return RecommendationOutcome.Fail(RecommendationFailure.SongNotFound, query switch
            {
                { Text: { } text } => $"No song in our catalog matches \"{text}\". Check the spelling, or add the artist's name.",
                { SpotifyId: { } id } => $"The Spotify track {id} is not in our catalog.",
                _ => "That song is not in our catalog.",
            });
        }
        return RecommendationOutcome.Success(Rank(song, model, options));
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
        var items = result.Items.Select((n, i) =>
        {
            var track = model.Tracks[n.TrackId];
            return new RecommendedItem(i + 1, track.Id, track.SpotifyId, track.Title, track.Artists, track.Genres, n.Similarity, track.SpotifyUrl, track.Features,
                RecommendationReasons.Explain(scaler, song.Features, track.Features));
        }).ToArray();
        return new RecommendationList(song, options.Catalog, model.Version, model.ModelVersionId, result.Cluster, items);
    }

    public async Task<ResolvedSong?> ResolveAsync(SongQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Features is { } features) return new ResolvedSong(null, null, "Your features", "", features, "features");
        var tracks = db.Tracks.AsNoTracking();
        if (query.TrackId is { } trackId) tracks = tracks.Where(t => t.Id == trackId);
        else if (query.SpotifyId is { } spotifyId) tracks = tracks.Where(t => t.SpotifyId == spotifyId);
        else if (query.Text is { } text)
        {
            var matches = await search.SearchAsync(text, 1, cancellationToken);
            var best = matches.Count > 0 ? matches[0] : null;
            if (best is null) return null;
            tracks = tracks.Where(t => t.Id == best.Id);
        }
        else return null;
        var track = await tracks.FirstOrDefaultAsync(cancellationToken);
        return track is null ? null : new ResolvedSong(track.Id, track.SpotifyId, track.Title, track.Artists, track.Features, "local");
    }
}
