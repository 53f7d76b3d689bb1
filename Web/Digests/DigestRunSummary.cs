using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Digests;

/// <summary>A digest run as the Jobs page and the API show it: who asked, how it went, and its deliveries counted by outcome.</summary>
public sealed record DigestRunSummary(int Id, DigestTrigger Trigger, string? RequestedBy, DigestRunStatus Status, DateTime StartedAt, DateTime? FinishedAt,
    string? Error, int Sent, int Skipped, int Failed, int Queued);
