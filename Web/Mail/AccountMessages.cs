using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Mail;

/// <summary>The words of the account mails: short, plain, one link each, and what to do if it was not you.</summary>
internal static class AccountMessages
{
    public static OutgoingMail ConfirmEmail(string to, string link) => Compose(to, "Confirm your MusicRecommender account", new MailBody()
        .Paragraph("Welcome to MusicRecommender. Please confirm that this is your address:")
        .Link("Confirm my address", link)
        .Paragraph("The link works for a day. If you did not create an account, ignore this mail: nothing happens without the link."));

    public static OutgoingMail ResetPassword(string to, string link) => Compose(to, "Reset your MusicRecommender password", new MailBody()
        .Paragraph("Someone (hopefully you) asked to reset the password of your MusicRecommender account. Choose a new one here:")
        .Link("Choose a new password", link)
        .Paragraph("The link works for a day. If you did not ask, ignore this mail: your password stays as it is."));

    public static OutgoingMail AlreadyRegistered(string to, string signIn, string reset) => Compose(to, "You already have a MusicRecommender account", new MailBody()
        .Paragraph("Someone (hopefully you) tried to register a new MusicRecommender account with this address, which already has one. Nothing was changed.")
        .Link("Sign in", signIn)
        .Link("Forgot your password? Reset it", reset)
        .Paragraph("If it was not you, ignore this mail."));

    private static OutgoingMail Compose(string to, string subject, MailBody body)
    {
        var (text, html) = body.Build(subject);
        return new OutgoingMail(to, subject, text, html);
    }
}
