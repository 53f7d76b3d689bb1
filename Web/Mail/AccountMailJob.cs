using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Mail;

/// <summary>
/// The background job behind every account mail. It takes only the kind and the address: the user is looked up and
/// the token made here, when the mail is sent, so no token sits in the job store, and the page that asked did the
/// same work for a known and an unknown address. An address with no account gets nothing.
/// </summary>
public sealed class AccountMailJob(UserManager<AppUser> users, MailSender sender, SiteLinks links, ILogger<AccountMailJob> logger)
{
    public async Task SendAsync(AccountMailKind kind, string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user?.Email is not { } address)
        {
            logger.LogInformation("No account for the {Kind} mail: nothing sent", kind);
            return;
        }
        var mail = kind switch
        {
            AccountMailKind.ConfirmEmail => AccountMessages.ConfirmEmail(address, links.To(
                $"/Identity/Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={Encode(await users.GenerateEmailConfirmationTokenAsync(user))}")),
            AccountMailKind.ResetPassword => AccountMessages.ResetPassword(address, links.To(
                $"/Identity/Account/ResetPassword?code={Encode(await users.GeneratePasswordResetTokenAsync(user))}")),
            AccountMailKind.AlreadyRegistered => AccountMessages.AlreadyRegistered(address, links.To("/Identity/Account/Login"), links.To("/Identity/Account/ForgotPassword")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown account mail."),
        };
        await sender.SendAsync(mail, cancellationToken);
    }

    /// <summary>As the Identity pages expect it: Base64Url of the token's UTF-8 bytes.</summary>
    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
