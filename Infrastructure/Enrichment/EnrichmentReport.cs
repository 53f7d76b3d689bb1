namespace MusicRecommender.Infrastructure.Enrichment;

/// <summary>
/// What a run did and what is still missing. <see cref="StoppedBecause"/> is set when a provider outage ended it
/// early: what was written stays, and the next run resumes with the tracks not yet answered for.
/// </summary>
public sealed record EnrichmentReport(int Candidates, int Asked, int Found, int Changed, string? StoppedBecause, MissingMetadata Missing)
{
    public bool Completed => StoppedBecause is null;
}
