namespace MusicRecommender.Web.Digests;

/// <summary>A listener's next digest: its seeds and picks, or why there is none.</summary>
public sealed record DigestPlan(IReadOnlyList<DigestSeed> Seeds, IReadOnlyList<DigestCandidate> Picks, string? SkipReason)
{
    public static DigestPlan Skip(IReadOnlyList<DigestSeed> seeds, string reason) => new(seeds, [], reason);
}
