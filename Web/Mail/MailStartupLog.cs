using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Mail;

/// <summary>Says at start-up where mail goes, so a developer without SMTP knows where to find the "sent" messages.</summary>
internal sealed class MailStartupLog(IOptions<EmailOptions> options, MailSender sender, ILogger<MailStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var email = options.Value;
        if (email.UsesSmtp)
            logger.LogInformation("Mail is sent through {Host}:{Port} (STARTTLS {StartTls}) from {From}", email.Smtp.Host, email.Smtp.Port, email.Smtp.UseStartTls, email.Smtp.From);
        else
            logger.LogWarning("No SMTP host configured (Email:Smtp:Host): mail is written as .eml files to {Folder}", sender.PickupFolder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
