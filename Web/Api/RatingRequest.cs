using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>The body of <c>POST /api/ratings</c>. Every field is optional here so that a 400 can name each missing one.</summary>
internal sealed record RatingRequest(
    [property: Description("The impressionId of the recommendations response.")] string? ImpressionId,
    [property: Description("A trackId of one of that impression's items.")] int? TrackId,
    [property: Description("1 to 5.")] int? Stars);
