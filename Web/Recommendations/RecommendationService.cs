using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Listing;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Resolves the listener's song and ranks the target catalog against it with the active model.</summary>
public sealed class RecommendationService(SongResolver resolver, ModelStore models, IOptions<ListOptions> listOptions)
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
        var resolution = await resolver.ResolveAsync(query, cancellationToken);
        if (resolution.Song is not { } song)
        {
            return RecommendationOutcome.Fail(resolution.Failure ?? RecommendationFailure.SongNotFound, resolution.Message ?? "That song is not in our catalog.")
                with { Known = resolution.Known };
        }
        var ranked = Rank(song, model, options with { MaxPerArtist = options.MaxPerArtist ?? listOptions.Value.MaxPerArtist });
        return RecommendationOutcome.Success(ranked) with { Notice = resolution.Notice };
    }

    /// <summary>One list for both arms (<see cref="ListRanking"/>), each pick with the reason it was chosen.</summary>
    public static RecommendationList Rank(ResolvedSong song, LoadedModel model, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(song);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var request = new RankRequest(options.Top, options.NProbe, options.Exact, song.TrackId, options.MaxPerArtist ?? 2, options.Variant);
        var ranked = ListRanking.Rank(model, song.Features, request);
        var scaler = model.Index.Model.Scaler;
        var subject = song.Source == "features" ? "your settings" : "your song";
        var items = ranked.Picks.Select((pick, i) =>
        {
            var track = pick.Track;
            return new RecommendedItem(i + 1, track.Id, track.SpotifyId, track.Title, track.DisplayArtists, track.Genres, pick.Similarity, track.SpotifyUrl, track.Features,
                RecommendationReasons.Explain(scaler, song.Features, track.Features, subject))
            {
                Album = track.Album,
                Year = track.Year,
                SongId = track.SongId,
                OtherVersions = pick.OtherVersions.Select(v => new SongVersion(v.Id, v.SpotifyId, v.Title, v.Album, v.Year, v.SpotifyUrl)).ToArray(),
            };
        }).ToArray();
        return new RecommendationList(song, options.Catalog, model.Version, model.ModelVersionId, ranked.Cluster, items);
    }
}
