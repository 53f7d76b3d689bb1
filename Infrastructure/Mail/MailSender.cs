using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MusicRecommender.Infrastructure.Mail;

/// <summary>
/// Sends one message over SMTP (MailKit) or, with no SMTP host configured, writes it as an <c>.eml</c> file to the
/// pickup folder. Throws when the server cannot be reached or refuses: the background job that called it retries.
/// </summary>
public sealed class MailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<MailSender> logger)
{
    public string PickupFolder => RepositoryPaths.Resolve(options.Value.PickupDirectory, environment.ContentRootPath);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = Build(mail);
        if (!options.Value.UsesSmtp)
        {
            var file = await WritePickupAsync(message, cancellationToken);
            logger.LogInformation("No SMTP host configured: wrote \"{Subject}\" to {File}", mail.Subject, file);
            return;
        }

        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username)) await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent \"{Subject}\" through {Host}:{Port}", mail.Subject, smtp.Host, smtp.Port);
    }

    public MimeMessage Build(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.Smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = time.GetUtcNow();
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(new Uri(options.Value.SiteUrl).Host);
        foreach (var (name, value) in mail.Headers) message.Headers.Add(name, value);
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private async Task<string> WritePickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = PickupFolder;
        Directory.CreateDirectory(folder);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, name);
        // Written under a temporary name and renamed, so a reader of the folder never sees half a message.
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
        return path;
    }
}
