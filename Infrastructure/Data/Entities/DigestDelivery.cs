namespace MusicRecommender.Infrastructure.Data.Entities;

public enum DigestDeliveryStatus
{
    /// <summary>Composed and handed to the mail job, which has not sent it yet.</summary>
    Queued = 0,
    Sent = 1,

    /// <summary>No mail: no recent activity, no new picks, or an unconfirmed address.</summary>
    Skipped = 2,

    /// <summary>The mail could not be sent after every retry; its picks count as not sent.</summary>
    Failed = 3,
}

/// <summary>One listener's digest in a run: what was picked for them and whether the mail went out.</summary>
public sealed class DigestDelivery
{
    public int Id { get; set; }

    public int RunId { get; set; }

    public required string UserId { get; set; }

    public DigestDeliveryStatus Status { get; set; }

    /// <summary>Why it was skipped or failed, in one line.</summary>
    public string? Detail { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public List<DigestPick> Picks { get; set; } = [];
}
