namespace MusicRecommender.Web.Ratings;

/// <summary>
/// Who is rating: the signed-in user, or else the anonymous id in a long-lived cookie. The
/// anonymous id is kept for signed-in users too, so a variant seen before signing in carries over.
/// </summary>
public sealed record Rater(string Id, string? UserId, string? AnonymousId)
{
    /// <summary>An anonymous id minted for this request: nothing can be stored under it yet (no lookups needed).</summary>
    public bool IsNew { get; init; }

    /// <summary>A rater may rate an impression shown to them under either of their ids.</summary>
    public bool Owns(string raterId, string? userId, string? anonymousId) =>
        raterId == Id || (userId is not null && userId == UserId) || (anonymousId is not null && anonymousId == AnonymousId);
}
