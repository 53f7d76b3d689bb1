using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Mail;

/// <summary>
/// The weekly digest end to end on a seeded site and a real SMTP server on loopback: opt in through the API, search
/// three songs, rate two picks 5★, an admin's run mails 5–10 picks none of them rated, with List-Unsubscribe; the
/// unsubscribe link stops the next run.
/// </summary>
public sealed partial class DigestTests : IAsyncLifetime
{
    private const string Password = "a listener's password";
    private readonly SmtpSink _smtp = new();
    private SiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _site = await new SiteFactory(seed: true, settings: _smtp.Settings).WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        _site.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Digest_ForAnOptedInListener_MailsNewPicksNoneRatedAndUnsubscribeStopsTheNextRun()
    {
        const string email = "listener@example.com";
        await Browsing.CreateUserAsync(_site, email, Password);
        var listener = Browsing.Start(_site);
        using (var signedIn = await listener.SignInAsync(email, Password)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var noToken = await PutDigestAsync(listener, weekly: true, withToken: false);
        using var optedIn = await PutDigestAsync(listener, weekly: true, withToken: true);
        var rated = new List<string>();
        foreach (var song in new[] { "Shape of You Ed Sheeran", "Blinding Lights", "Levitating" })
        {
            var list = await listener.RecommendAsync(song, catalog: song == "Levitating" ? "kpop" : "anime");
            if (rated.Count >= 2) continue;
            var pick = list.GetProperty("items")[0];
            using var rating = await listener.RateAsync(list.GetProperty("impressionId").GetString()!, pick.GetProperty("trackId").GetInt32(), 5);
            Assert.Equal(HttpStatusCode.OK, rating.StatusCode);
            rated.Add(pick.GetProperty("spotifyId").GetString()!);
        }

        var admin = await Browsing.AdminAsync(_site);
        using var firstRun = await RunAsync(admin);
        var first = await firstRun.Content.ReadFromJsonAsync<JsonElement>();
        var mail = await _smtp.WaitForAsync(email, "new pick");
        var runView = await FinishedAsync(admin, first.GetProperty("runId").GetInt32());
        var text = MailText.Text(mail);
        var picks = SpotifyTrack().Matches(text).Select(m => m.Groups[1].Value).ToList();
        var unsubscribe = MailText.SiteLink(mail, "/Digest/Unsubscribe");

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, optedIn.StatusCode);
        Assert.True((await optedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("weekly").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, firstRun.StatusCode);
        Assert.True(first.GetProperty("started").GetBoolean());
        Assert.Equal($"/api/admin/digests/runs/{first.GetProperty("runId").GetInt32()}", firstRun.Headers.Location!.OriginalString);
        Assert.InRange(picks.Count, 5, 10);
        Assert.Equal(picks.Count, picks.Distinct().Count());
        Assert.Empty(picks.Intersect(rated));
        Assert.Contains("Because you", text, StringComparison.Ordinal);
        Assert.Contains("https://localhost/", text, StringComparison.Ordinal);
        Assert.Equal($"<https://localhost{unsubscribe}>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(1, runView.GetProperty("sent").GetInt32());

        using var forged = await Browsing.Start(_site).Http.GetAsync("/Digest/Unsubscribe?token=not-a-token");
        using var unsubscribed = await Browsing.Start(_site).Http.GetAsync(unsubscribe);
        using var secondRun = await RunAsync(admin);
        var second = await FinishedAsync(admin, (await secondRun.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt32());
        var jobs = await admin.Http.GetStringAsync("/Admin/Jobs");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Contains("id=\"unsubscribed\"", await unsubscribed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, second.GetProperty("sent").GetInt32());
        Assert.Single(_smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("new pick", StringComparison.Ordinal));
        Assert.Contains("id=\"digest-runs\"", jobs, StringComparison.Ordinal);
        Assert.Contains($"data-digest-run=\"{first.GetProperty("runId").GetInt32()}\"", jobs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ForAListenerWithNoRecentActivity_SaysNoMailAndARunSendsNothing()
    {
        await Browsing.CreateUserAsync(_site, "quiet@example.com", Password);
        var quiet = Browsing.Start(_site);
        using (await quiet.SignInAsync("quiet@example.com", Password)) { }
        using (var on = await PutDigestAsync(quiet, weekly: true, withToken: true)) Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var admin = await Browsing.AdminAsync(_site);

        var preview = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Digests?email=quiet%40example.com"));
        using var run = await RunAsync(admin);
        var view = await FinishedAsync(admin, (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt32());

        Assert.Contains("id=\"preview-skip\"", preview, StringComparison.Ordinal);
        Assert.Equal(0, view.GetProperty("sent").GetInt32());
        Assert.True(view.GetProperty("skipped").GetInt32() >= 1);
        Assert.DoesNotContain(_smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "quiet@example.com"));
    }

    private static async Task<HttpResponseMessage> PutDigestAsync(Browsing visitor, bool weekly, bool withToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/digest") { Content = JsonContent.Create(new { weekly }) };
        if (withToken) request.Headers.Add("X-XSRF-TOKEN", await visitor.TokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> RunAsync(Browsing admin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/digests/run");
        request.Headers.Add("X-XSRF-TOKEN", await admin.TokenAsync());
        return await admin.Http.SendAsync(request);
    }

    /// <summary>The run once it and every mail it queued are done.</summary>
    private static async Task<JsonElement> FinishedAsync(Browsing admin, int runId)
    {
        for (var i = 0; i < 300; i++)
        {
            var run = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/admin/digests/runs/{runId}");
            if (run.GetProperty("status").GetString() != "running" && run.GetProperty("queued").GetInt32() == 0) return run;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Digest run {runId} did not finish.");
    }

    [GeneratedRegex(@"https://open\.spotify\.com/track/([A-Za-z0-9]+)")]
    private static partial Regex SpotifyTrack();
}
