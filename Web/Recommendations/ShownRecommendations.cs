using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Data.Writes;
using MusicRecommender.Web.Api;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Every recommendation list a rater sees goes through here: the rater's variant picks the
/// recommender, and the list is stored as an impression (with the search and a first exposure, by the
/// group commit) so it can be rated and analysed. The same list asked again within the repeat window,
/// or an impression the rater already has, is shown again instead of a new one. When the database cannot
/// take the list, it is still shown, without an impression (ratings paused) and with a notice.
/// </summary>
public sealed class ShownRecommendations(
    AppDbContext db, RecommendationService recommendations, ExperimentAssigner assigner, RaterRatings ratings, GroupCommitWriter writer, RecentLists recent,
    TimeProvider time)
{
    public const string PageSource = "page";
    public const string ApiSource = "api";
    public const string ExploreSource = "explore";

    public const string RatingsPaused = "Ratings are paused: we cannot save them right now. The picks are still fresh; try rating again in a little while.";

    /// <summary>
    /// <paramref name="askWhenAmbiguous"/>: the page asks which song was meant (nothing is recorded until
    /// it is chosen); the API takes the best match and lists the others.
    /// </summary>
    public async Task<Shown> ShowAsync(
        HttpContext http, SongQuery query, RecommendationOptions options, string source, Guid? again = null, bool askWhenAmbiguous = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var rater = RaterCookie.Resolve(http, issue: true)!;
        if (again is { } previous && await ShowAgainAsync(rater, previous, query, options, cancellationToken) is { } shownAgain) return shownAgain;

        var exposure = await assigner.ChooseAsync(rater, cancellationToken);
        var repeatKey = RecentLists.RepeatKey(rater.Id, query, options, source);
        var repeat = recent.Repeat(repeatKey) is { } r && r.Variant == exposure.Variant && r.Catalog == options.Catalog ? r : null;
        var seed = repeat?.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var outcome = await recommendations.RecommendAsync(query, options with { Variant = new ServedVariant(exposure.Variant, seed) }, askWhenAmbiguous, cancellationToken);
        if (outcome.Failure == RecommendationFailure.MustChoose) return new Shown(outcome, null);
        if (repeat is not null && outcome.List is { } same && IsSameList(repeat, same))
            return new Shown(outcome, await ShownAsync(rater, repeat, cancellationToken));

        var now = time.GetUtcNow().UtcDateTime;
        // Sliders are not a search for a song: Explore lists are impressions, not search analytics.
        var search = query.Features is not null ? null : new SearchEvent
        {
            RaterId = rater.Id,
            // The results page turns typed text into a track before asking; the text is still what was searched.
            Text = Truncate(query.Text ?? query.Artist ?? http.Request.Query["q"].FirstOrDefault(), 200),
            TrackId = outcome.List?.Query.TrackId,
            Title = Truncate(outcome.List?.Query.Title, 500),
            Artists = Truncate(outcome.List?.Query.Artists, 1000),
            Seed = SearchSeeds.Of(query, outcome.List?.Query),
            Catalog = options.Catalog,
            Source = source,
            Found = outcome.List is not null,
            CreatedAt = now,
        };
        if (outcome.List is not { } list)
        {
            if (search is not null) await writer.WriteAsync(new ShownListRows(search, null, null), cancellationToken);
            return new Shown(outcome, null);
        }

        var impression = NewImpression(rater, exposure, seed, list, source, now);
        var written = await writer.WriteAsync(new ShownListRows(search, impression, assigner.NewAssignment(rater, exposure)), cancellationToken);
        if (written == WriteOutcome.QueueFull) return new Shown(outcome, null) { RetryAfter = writer.RetryAfter };
        if (written != WriteOutcome.Stored) return new Shown(outcome, null) { Notice = RatingsPaused };

        assigner.Remember(rater, exposure);
        var stored = new RecentList(impression.Id, rater.Id, rater.UserId, rater.AnonymousId, exposure.ExperimentId, exposure.Experiment, exposure.Variant,
            seed, list.ModelVersionId, list.Catalog, list.Items.Select(i => i.TrackId).ToArray());
        recent.Add(stored, repeatKey);
        return new Shown(outcome, new ShownImpression(impression.Id, exposure.Experiment, exposure.Variant, await EarlierStarsAsync(rater, stored.TrackIds, cancellationToken)));
    }

    /// <summary>The same list again, if the impression is the rater's and the same model still draws it.</summary>
    private async Task<Shown?> ShowAgainAsync(Rater rater, Guid id, SongQuery query, RecommendationOptions options, CancellationToken cancellationToken)
    {
        var stored = recent.Get(id) ?? await LoadAsync(id, cancellationToken);
        if (stored is null || !rater.Owns(stored.RaterId, stored.UserId, stored.AnonymousId) || stored.Catalog != options.Catalog) return null;
        var outcome = await recommendations.RecommendAsync(
            query, options with { Top = stored.TrackIds.Count, Variant = new ServedVariant(stored.Variant, stored.Seed) }, cancellationToken: cancellationToken);
        if (outcome.List is not { } list || !IsSameList(stored, list)) return null;
        return new Shown(outcome, await ShownAsync(rater, stored, cancellationToken));
    }

    private async Task<ShownImpression> ShownAsync(Rater rater, RecentList stored, CancellationToken cancellationToken) =>
        new(stored.Id, stored.Experiment, stored.Variant, await EarlierStarsAsync(rater, stored.TrackIds, cancellationToken));

    /// <summary>The rater's latest stars for these tracks from any of their lists; a rater new with this request has none (no query).</summary>
    private async Task<IReadOnlyDictionary<int, int>> EarlierStarsAsync(Rater rater, IReadOnlyCollection<int> trackIds, CancellationToken cancellationToken) =>
        rater.IsNew ? new Dictionary<int, int>() : await ratings.LatestStarsAsync(rater, trackIds, cancellationToken);

    private async Task<RecentList?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = await db.Impressions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (stored is null) return null;
        var experiment = stored.ExperimentId is { } experimentId
            ? await db.Experiments.Where(e => e.Id == experimentId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new RecentList(stored.Id, stored.RaterId, stored.UserId, stored.AnonymousId, stored.ExperimentId, experiment, stored.Variant, stored.Seed,
            stored.ModelVersionId, stored.Catalog, stored.Items.OrderBy(i => i.Rank).Select(i => i.TrackId).ToArray());
    }

    private static bool IsSameList(RecentList stored, RecommendationList list) =>
        list.ModelVersionId == stored.ModelVersionId && list.Items.Select(i => i.TrackId).SequenceEqual(stored.TrackIds);

    private static Impression NewImpression(Rater rater, Exposure exposure, int seed, RecommendationList list, string source, DateTime now) => new()
    {
        // Time-ordered ids keep the primary-key index appending, not splitting pages.
        Id = Guid.CreateVersion7(),
        RaterId = rater.Id,
        UserId = rater.UserId,
        AnonymousId = rater.AnonymousId,
        ExperimentId = exposure.ExperimentId,
        Variant = exposure.Variant,
        Seed = seed,
        ModelVersionId = list.ModelVersionId,
        ModelVersion = list.ModelVersion,
        Catalog = list.Catalog,
        Cluster = list.Cluster,
        QueryTrackId = list.Query.TrackId,
        QueryFeaturesJson = JsonSerializer.Serialize(RecommendationsApi.FeaturesJson(list.Query.Features)),
        Source = source,
        CreatedAt = now,
        Items = list.Items.Select(i => new ImpressionItem { TrackId = i.TrackId, Rank = i.Rank, Similarity = i.Similarity }).ToList(),
    };

    private static string? Truncate(string? text, int length)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        return trimmed.Length > length ? trimmed[..length] : trimmed;
    }
}
