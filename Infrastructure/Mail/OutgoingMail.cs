namespace MusicRecommender.Infrastructure.Mail;

/// <summary>A message to send: one recipient, a plain-text and an HTML part, and any extra headers (List-Unsubscribe).</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
