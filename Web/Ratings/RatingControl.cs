namespace MusicRecommender.Web.Ratings;

/// <summary>
/// What the star control needs for one track of one list: any list with an impression (search
/// results, Explore, a playlist, "My ratings") renders it with <c>_Rating</c>. <c>Key</c> makes the
/// element ids unique on the page; <c>Stars</c> is the rater's current rating (0 for none).
/// </summary>
public sealed record RatingControl(Guid ImpressionId, int TrackId, string Key, string Title, int Stars)
{
    public static RatingControl? For(Recommendations.ShownImpression? impression, int trackId, int rank, string title) =>
        impression is null ? null : new RatingControl(impression.Id, trackId, rank.ToString(System.Globalization.CultureInfo.InvariantCulture), title, impression.Stars.GetValueOrDefault(trackId));
}
