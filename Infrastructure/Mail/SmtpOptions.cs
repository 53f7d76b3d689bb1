namespace MusicRecommender.Infrastructure.Mail;

/// <summary>Section "Email:Smtp". <see cref="Password"/> comes from the environment only (<c>Email__Smtp__Password</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP, messages go to the pickup folder.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Upgrade the connection with STARTTLS (required when true); false speaks plain SMTP, e.g. to a relay on loopback.</summary>
    public bool UseStartTls { get; set; } = true;

    public string From { get; set; } = "MusicRecommender <music@localhost>";

    /// <summary>Connecting, authenticating and sending one message.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
