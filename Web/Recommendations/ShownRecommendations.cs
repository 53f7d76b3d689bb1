using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Api;
using MusicRecommender.Web.Recommendations;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Recommendations;

/// <summary>A list as shown: its impression id, the variant it came from, and the rater's stars for its tracks (from this or any earlier list).</summary>
public sealed record ShownImpression(Guid Id, string? Experiment, string Variant, IReadOnlyDictionary<int, int> Stars);

public sealed record Shown(RecommendationOutcome Outcome, ShownImpression? Impression);

/// <summary>
/// Every recommendation list a rater sees goes through here: the rater's variant picks the
/// recommender, and the list is stored as an impression (with the search) so it can be rated and
/// analysed. Asking for an impression the rater already has shows that list again instead of a
/// new one (the no-JavaScript rating form redirects back to it).
/// </summary>
public sealed class ShownRecommendations(AppDbContext db, RecommendationService recommendations, ExperimentAssigner assigner, RaterRatings ratings, TimeProvider time)
{
    public const string PageSource = "page";
    public const string ApiSource = "api";
    public const string ExploreSource = "explore";

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
        if (again is { } previous && await ShowAgainAsync(rater, previous, query, options, cancellationToken) is { } repeated) return repeated;

        var exposure = await assigner.ChooseAsync(rater, cancellationToken);
        var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
        var outcome = await recommendations.RecommendAsync(query, options with { Variant = new ServedVariant(exposure.Variant, seed) }, askWhenAmbiguous, cancellationToken);
        if (outcome.Failure == RecommendationFailure.MustChoose) return new Shown(outcome, null);
        var now = time.GetUtcNow().UtcDateTime;
        // Sliders are not a search for a song: Explore lists are impressions, not search analytics.
        if (query.Features is null) db.Searches.Add(new SearchEvent
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
        });
        if (outcome.List is not { } list)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Shown(outcome, null);
        }

        var impression = new Impression
        {
            Id = Guid.NewGuid(),
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
        db.Impressions.Add(impression);
        await assigner.RecordAsync(rater, exposure, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var earlier = await ratings.LatestStarsAsync(rater, list.Items.Select(i => i.TrackId).ToArray(), cancellationToken);
        return new Shown(outcome, new ShownImpression(impression.Id, exposure.Experiment, exposure.Variant, earlier));
    }

    /// <summary>The same list again, if the impression is the rater's and the same model still draws it.</summary>
    private async Task<Shown?> ShowAgainAsync(Rater rater, Guid id, SongQuery query, RecommendationOptions options, CancellationToken cancellationToken)
    {
        var stored = await db.Impressions.AsNoTracking().Include(i => i.Items).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (stored is null || !rater.Owns(stored.RaterId, stored.UserId, stored.AnonymousId) || stored.Catalog != options.Catalog) return null;
        var shown = stored.Items.OrderBy(i => i.Rank).Select(i => i.TrackId).ToArray();
        var outcome = await recommendations.RecommendAsync(query, options with { Top = shown.Length, Variant = new ServedVariant(stored.Variant, stored.Seed) }, cancellationToken: cancellationToken);
        if (outcome.List is not { } list || list.ModelVersionId != stored.ModelVersionId || !list.Items.Select(i => i.TrackId).SequenceEqual(shown)) return null;

        var experiment = stored.ExperimentId is { } experimentId
            ? await db.Experiments.Where(e => e.Id == experimentId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var stars = await ratings.LatestStarsAsync(rater, shown, cancellationToken);
        return new Shown(outcome, new ShownImpression(id, experiment, stored.Variant, stars));
    }

    private static string? Truncate(string? text, int length)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        return trimmed.Length > length ? trimmed[..length] : trimmed;
    }
}
