using System.Net;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Mail;

/// <summary>Account mail through a real SMTP server on loopback: confirmation, reset, "already registered", a server that is down.</summary>
public sealed class AccountMailTests : IAsyncLifetime
{
    private const string Password = "a long enough password";
    private readonly SmtpSink _smtp = new();
    private SiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _site = new SiteFactory(seed: false, settings: _smtp.Settings);
    }

    public async Task DisposeAsync()
    {
        _site.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Register_SendsAConfirmationMailWhoseLinkConfirmsTheAccount()
    {
        var visitor = Browsing.Start(_site);

        using var registered = await RegisterAsync(visitor, "new@example.com");
        var mail = await _smtp.WaitForAsync("new@example.com", "Confirm");
        var link = MailText.SiteLink(mail, "/Identity/Account/ConfirmEmail");
        using var confirmed = await Browsing.Start(_site).Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/Identity/Account/RegisterConfirmation", registered.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("music@example.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.NotNull(mail.MessageId);
        Assert.NotNull(mail.HtmlBody);
        Assert.Contains(link.Replace("&", "&amp;", StringComparison.Ordinal), mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("id=\"confirmed\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, _site.Scalar("SELECT \"EmailConfirmed\" FROM \"AspNetUsers\" WHERE \"Email\" = 'new@example.com'"));
    }

    [Fact]
    public async Task ForgotPassword_SendsAResetMailWhoseLinkSetsANewPasswordThatSignsIn()
    {
        await Browsing.CreateUserAsync(_site, "forgot@example.com", Password);
        var visitor = Browsing.Start(_site);

        using var asked = await visitor.SubmitAsync("/Identity/Account/ForgotPassword", "/Identity/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = "forgot@example.com" });
        var mail = await _smtp.WaitForAsync("forgot@example.com", "Reset");
        var link = MailText.SiteLink(mail, "/Identity/Account/ResetPassword");
        var code = WebUtility.UrlDecode(link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..]);
        using var reset = await visitor.SubmitAsync(link, "/Identity/Account/ResetPassword", new Dictionary<string, string>
        {
            ["Input.Email"] = "forgot@example.com", ["Input.Password"] = "a brand new password", ["Input.ConfirmPassword"] = "a brand new password", ["Input.Code"] = code,
        });
        using var oldPassword = await Browsing.Start(_site).SignInAsync("forgot@example.com", Password);
        using var newPassword = await Browsing.Start(_site).SignInAsync("forgot@example.com", "a brand new password");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.EndsWith("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        Assert.Equal("/", newPassword.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Register_WithAnAddressThatHasAnAccount_AnswersTheSameAndMailsTheOwner()
    {
        await Browsing.CreateUserAsync(_site, "taken@example.com", Password);

        using var known = await RegisterAsync(Browsing.Start(_site), "taken@example.com");
        using var unknown = await RegisterAsync(Browsing.Start(_site), "fresh@example.com");
        var owner = await _smtp.WaitForAsync("taken@example.com", "already have");
        await _smtp.WaitForAsync("fresh@example.com", "Confirm");
        var knownPage = await Browsing.Start(_site).Http.GetStringAsync(known.Headers.Location!.OriginalString);
        var unknownPage = await Browsing.Start(_site).Http.GetStringAsync(unknown.Headers.Location!.OriginalString);

        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        Assert.Equal(StripTokens(unknownPage), StripTokens(knownPage));
        Assert.DoesNotContain("ConfirmEmail", knownPage, StringComparison.Ordinal);
        Assert.Contains("/Identity/Account/ForgotPassword", MailText.Text(owner), StringComparison.Ordinal);
        Assert.DoesNotContain(_smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "taken@example.com") && (m.Subject ?? "").Contains("Confirm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegisterConfirmation_ForAnyAddress_AnswersTheSameAndShowsNoLink()
    {
        await Browsing.CreateUserAsync(_site, "someone@example.com", Password);
        var http = Browsing.Start(_site).Http;

        using var known = await http.GetAsync("/Identity/Account/RegisterConfirmation?email=someone%40example.com");
        using var unknown = await http.GetAsync("/Identity/Account/RegisterConfirmation?email=nobody%40example.com");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var page = await known.Content.ReadAsStringAsync();
        Assert.Equal(StripTokens(await unknown.Content.ReadAsStringAsync()), StripTokens(page));
        Assert.DoesNotContain("ConfirmEmail", page, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailServer_WhenDown_IsRetriedAndThePageStillAnswers()
    {
        var down = new SmtpSink();
        using var site = new SiteFactory(seed: false, settings: down.Settings);
        await Browsing.CreateUserAsync(site, "patient@example.com", Password);

        using var asked = await Browsing.Start(site).SubmitAsync("/Identity/Account/ForgotPassword", "/Identity/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = "patient@example.com" });
        await Task.Delay(TimeSpan.FromSeconds(2)); // the first attempt fails on the closed port
        await down.StartAsync();
        var mail = await down.WaitForAsync("patient@example.com", "Reset", TimeSpan.FromSeconds(45));
        await down.DisposeAsync();

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("/Identity/Account/ResetPassword?code=", MailText.Text(mail), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> RegisterAsync(Browsing visitor, string email) =>
        visitor.SubmitAsync("/Identity/Account/Register", "/Identity/Account/Register?returnUrl=%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });

    /// <summary>The page without its per-request antiforgery tokens.</summary>
    internal static string StripTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
}
