using System.Diagnostics;
using System.Net;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Tests.Feedback;
using MusicRecommender.Web.Tests.Mail;

namespace MusicRecommender.Web.Tests.Accounts;

/// <summary>
/// Sign-in against a real Kestrel server, each visitor from its own loopback address: failed sign-ins throttled per
/// client (429 with Retry-After) without locking the owner out elsewhere; known and unknown accounts alike.
/// </summary>
public sealed class SignInPrivacyTests : IDisposable
{
    private const string Password = "the admin's own password";
    private readonly List<SiteFactory> _sites = [];

    public void Dispose()
    {
        foreach (var site in _sites) site.Dispose();
    }

    [Fact]
    public async Task WrongPasswords_SixtyFromOneClient_Get429sAndTheOwnerStillSignsInFromAnotherAddress()
    {
        var site = Start();
        await Browsing.CreateUserAsync(site, "owner@example.com", Password, admin: true);
        using var attacker = new LoopbackVisitor(site.ServerAddress, IPAddress.Parse("127.0.0.2"));
        using var owner = new LoopbackVisitor(site.ServerAddress, IPAddress.Parse("127.0.0.3"));

        var statuses = new List<HttpStatusCode>();
        var retryAfter = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            using var wrong = await attacker.SignInAsync("owner@example.com", $"guess number {i}");
            statuses.Add(wrong.StatusCode);
            if (wrong.Headers.RetryAfter?.Delta is { } delta) retryAfter.Add((int)delta.TotalSeconds);
        }
        using var attackerRight = await attacker.SignInAsync("owner@example.com", Password);
        using var ownerRight = await owner.SignInAsync("owner@example.com", Password);
        using var adminPage = await owner.Http.GetAsync("/Admin/Index");

        Assert.All(statuses.Take(10), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 45, string.Join(",", statuses.Select(s => (int)s)));
        Assert.NotEmpty(retryAfter);
        Assert.All(retryAfter, r => Assert.True(r >= 1));
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerRight.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ownerRight.StatusCode);
        Assert.Equal("/", ownerRight.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        // Identity's own per-account lockout is not used: a flood cannot lock the owner out.
        Assert.Equal(0L, site.Scalar("SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"LockoutEnd\" IS NOT NULL"));
    }

    [Fact]
    public async Task WrongPasswords_GrowingWaits_TheClientsWaitDoublesWithEachFurtherFailure()
    {
        var site = Start(new Dictionary<string, string?> { ["Accounts:ClientFreeFailures"] = "2", ["Accounts:LockoutFailures"] = "100" });
        await Browsing.CreateUserAsync(site, "waits@example.com", Password);
        using var client = new LoopbackVisitor(site.ServerAddress, IPAddress.Parse("127.0.0.4"));

        for (var i = 0; i < 2; i++) (await client.SignInAsync("waits@example.com", "wrong")).Dispose();
        using var first = await client.SignInAsync("waits@example.com", "wrong");
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        (await client.SignInAsync("waits@example.com", "wrong")).Dispose();
        using var second = await client.SignInAsync("waits@example.com", "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter!.Delta);
        Assert.Equal(TimeSpan.FromSeconds(2), second.Headers.RetryAfter!.Delta);
        Assert.Contains("Too many failed sign-ins", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_KnownAndUnknownAddresses_SameAnswerAndMedianTimeWithin25Percent()
    {
        var site = Start(new Dictionary<string, string?> { ["Accounts:ClientFreeFailures"] = "1000", ["Accounts:LockoutFailures"] = "100" });
        await Browsing.CreateUserAsync(site, "known@example.com", Password);
        using var client = new LoopbackVisitor(site.ServerAddress, IPAddress.Parse("127.0.0.5"));
        (await client.SignInAsync("warm@example.com", "warm up")).Dispose();
        (await client.SignInAsync("known@example.com", "warm up")).Dispose();

        var known = new List<double>();
        var unknown = new List<double>();
        string? knownPage = null, unknownPage = null;
        for (var i = 0; i < 12; i++)
        {
            (knownPage, var k) = await TimedAsync(client, "known@example.com");
            (unknownPage, var u) = await TimedAsync(client, $"nobody{i}@example.com");
            known.Add(k);
            unknown.Add(u);
        }
        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));

        Assert.True(Math.Abs(unknownMedian - knownMedian) <= 0.25 * knownMedian, $"median known {knownMedian:0.0} ms, unknown {unknownMedian:0.0} ms");
        Assert.Contains("Wrong email or password.", knownPage, StringComparison.Ordinal);
        Assert.Equal(Normalise(knownPage!, "known@example.com"), Normalise(unknownPage!, "nobody11@example.com"));
    }

    [Fact]
    public async Task ForgotPassword_KnownAndUnknownAddresses_AnswerTheSame()
    {
        var site = new SiteFactory(seed: false);
        _sites.Add(site);
        await Browsing.CreateUserAsync(site, "known@example.com", Password);

        using var known = await Browsing.Start(site).SubmitAsync("/Identity/Account/ForgotPassword", "/Identity/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = "known@example.com" });
        using var unknown = await Browsing.Start(site).SubmitAsync("/Identity/Account/ForgotPassword", "/Identity/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com" });

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
    }

    private SiteFactory Start(IDictionary<string, string?>? settings = null)
    {
        var site = new SiteFactory(seed: false, settings: settings, kestrel: true);
        _sites.Add(site);
        site.StartServer();
        return site;
    }

    private static async Task<(string Page, double Ms)> TimedAsync(LoopbackVisitor client, string email)
    {
        var html = await client.Http.GetStringAsync("/Identity/Account/Login");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "not the password", ["__RequestVerificationToken"] = Browsing.AntiforgeryField(html),
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.Http.PostAsync("/Identity/Account/Login", form);
        var page = await response.Content.ReadAsStringAsync();
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (page, watch.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Normalise(string page, string email) => AccountMailTests.StripTokens(page).Replace(email, "EMAIL", StringComparison.Ordinal);
}
