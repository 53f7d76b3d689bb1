using System.Net;
using MimeKit;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Mail;

/// <summary>With no SMTP host the same mails are written as .eml files to Email:PickupDirectory.</summary>
public sealed class PickupFolderTests : IDisposable
{
    private readonly TempFolder _folder = new("musicrec-pickup");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Register_WithNoSmtpHost_WritesTheConfirmationMailToThePickupFolder()
    {
        var pickup = _folder.File("mail");
        using var site = new SiteFactory(seed: false, settings: new Dictionary<string, string?> { ["Email:PickupDirectory"] = pickup, ["Email:SiteUrl"] = "https://localhost" });
        var visitor = Browsing.Start(site);

        using var registered = await visitor.SubmitAsync("/Identity/Account/Register", "/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = "eml@example.com", ["Input.Password"] = "a long enough password", ["Input.ConfirmPassword"] = "a long enough password",
        });
        var file = await WaitForFileAsync(pickup);
        var mail = await MimeMessage.LoadAsync(file);
        using var confirmed = await Browsing.Start(site).Http.GetAsync(MailText.SiteLink(mail, "/Identity/Account/ConfirmEmail"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("eml@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Confirm", mail.Subject, StringComparison.Ordinal);
        Assert.NotNull(mail.HtmlBody);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Empty(Directory.GetFiles(pickup, "*.partial"));
    }

    private static async Task<string> WaitForFileAsync(string folder)
    {
        for (var i = 0; i < 300; i++)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml") is [var file, ..]) return file;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No .eml file appeared in {folder}.");
    }
}
