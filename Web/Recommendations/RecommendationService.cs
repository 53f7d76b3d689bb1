using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Listing;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Resolves what the listener likes and ranks the target catalog against it with the active model.</summary>
public sealed class RecommendationService(SongResolver resolver, ResolutionCache resolutions, ModelStore models, IOptions<ListOptions> listOptions)
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
        var resolution = await resolutions.GetOrAddAsync(ResolutionCache.KeyOf(query), ct => resolver.ResolveAsync(query, ct), r => r.Song?.Source == "local", cancellationToken);
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
        options = options with { MaxPerArtist = options.MaxPerArtist ?? listOptions.Value.MaxPerArtist };
        var list = song.Kind == SeedKind.Playlist ? PlaylistRanking.Rank(song, model, options) : Rank(song, model, options);
        list = list with { SimilarArtists = SimilarArtists.For(song, model, options, list.Items) };
        return RecommendationOutcome.Success(list) with { Notice = resolution.Notice, Alternatives = resolution.Alternatives };
    }

    /// <summary>One list for both arms (<see cref="ListRanking"/>), each pick with the reason it was chosen.</summary>
    public static RecommendationList Rank(ResolvedSong song, LoadedModel model, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(song);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        // An artist's or a playlist's own songs are never recommended back.
        var request = new RankRequest(options.Top, options.NProbe, options.Exact, song.TrackId, options.MaxPerArtist ?? 2, options.Variant)
        {
            Excluded = SeedExclusions.For(song, model),
        };
        var ranked = ListRanking.Rank(model, song.Features, request);
        var scaler = model.Index.Model.Scaler;
        var subject = song.Kind switch
        {
            SeedKind.Artist => $"{song.Artists}'s songs",
            SeedKind.Playlist => "your playlist",
            _ => song.Source == "features" ? "your settings" : "your song",
        };
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
