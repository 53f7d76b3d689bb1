using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace MusicRecommender.Infrastructure.Mail;

/// <summary>
/// Section "Email": how mail leaves the site. With no <c>Email:Smtp:Host</c> every message is written as an
/// <c>.eml</c> file to <see cref="PickupDirectory"/> instead, so a fresh clone still "sends" and the file can be opened.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where messages go when no SMTP host is configured; relative paths are under the repository root.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>The site's public address, the base of every link in a message (never taken from a request's Host header).</summary>
    [Required]
    public string SiteUrl { get; set; } = "http://localhost:5080";

    /// <summary>Retries of a message the server refused or could not take; the wait doubles from <see cref="RetryDelay"/>.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(SiteUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
            yield return new ValidationResult($"Email:SiteUrl '{SiteUrl}' is not an http(s) address such as https://music.example.", [nameof(SiteUrl)]);
        if (!MailboxAddress.TryParse(Smtp.From, out _))
            yield return new ValidationResult($"Email:Smtp:From '{Smtp.From}' is not a mail address such as \"MusicRecommender <music@example.com>\".", [nameof(Smtp)]);
        if (Smtp.Port is < 1 or > 65535)
            yield return new ValidationResult($"Email:Smtp:Port {Smtp.Port} is not a TCP port.", [nameof(Smtp)]);
        if (string.IsNullOrEmpty(Smtp.Username) != string.IsNullOrEmpty(Smtp.Password))
            yield return new ValidationResult("Set both Email:Smtp:Username and Email:Smtp:Password, or neither.", [nameof(Smtp)]);
        if (Smtp.Timeout <= TimeSpan.Zero)
            yield return new ValidationResult("Email:Smtp:Timeout must be positive.", [nameof(Smtp)]);
    }
}
