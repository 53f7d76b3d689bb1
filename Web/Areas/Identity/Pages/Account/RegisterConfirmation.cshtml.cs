using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded to say the same to everyone: it takes no address, looks nothing up, and never shows a confirmation
/// link (the stock page printed a working one for any address). Links go out by mail only; in Development the
/// page names the pickup folder when no SMTP server is configured.
/// </summary>
[AllowAnonymous]
public sealed class RegisterConfirmationModel(IOptions<EmailOptions> email, MailSender sender, IWebHostEnvironment environment) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";

    /// <summary>Only in Development without SMTP: where the "sent" mail was written.</summary>
    public string? PickupFolder { get; private set; }

    public void OnGet(string? returnUrl = null)
    {
        ReturnUrl = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (environment.IsDevelopment() && !email.Value.UsesSmtp) PickupFolder = sender.PickupFolder;
    }
}
