using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity.UI.Services;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Mail;

/// <summary>
/// For the Identity pages not scaffolded here that send mail (Manage → Email, for a signed-in user changing their
/// own address): their HTML becomes a queued message with a plain-text part beside it, links kept as text.
/// </summary>
internal sealed partial class IdentityUiEmailSender(MailJobs jobs) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        jobs.Send(new OutgoingMail(email, subject, ToText(htmlMessage), htmlMessage));
        return Task.CompletedTask;
    }

    internal static string ToText(string html)
    {
        var withLinks = Anchor().Replace(html, m => $"{m.Groups["label"].Value} ({WebUtility.HtmlDecode(m.Groups["href"].Value)})");
        return WebUtility.HtmlDecode(Tag().Replace(withLinks, "")).Trim() + "\n";
    }

    [GeneratedRegex("<a\\s[^>]*href=['\"](?<href>[^'\"]*)['\"][^>]*>(?<label>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Anchor();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
