using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>A rating as stored (after the commit).</summary>
internal sealed record RatingResponse(
    Guid ImpressionId,
    int? TrackId,
    [property: Description("The item's rank in the impression.")] int Rank,
    int Stars,
    bool Saved,
    DateTime SavedAt);
