using System.Net;
using MusicRecommender.Web.Retraining;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>The Hangfire dashboard at /admin/hangfire: admins see the recurring retrain; everyone else is refused as on /Admin pages.</summary>
[Collection(RetrainCollection.Name)]
public sealed class JobsDashboardTests(RetrainSite fixture)
{
    [Fact]
    public async Task Dashboard_WhenAnAdminOpensIt_ListsTheRecurringRetrainWithItsCron()
    {
        var admin = await Browsing.AdminAsync(fixture.Site);

        using var home = await admin.Http.GetAsync("/admin/hangfire");
        using var recurring = await admin.Http.GetAsync("/admin/hangfire/recurring");
        var page = WebUtility.HtmlDecode(await recurring.Content.ReadAsStringAsync());
        var jobs = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Jobs"));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        Assert.Contains("retrain", page, StringComparison.Ordinal);
        Assert.Contains("0 3 * * *", page, StringComparison.Ordinal);
        Assert.Contains("RetrainJob.RunScheduledAsync", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/hangfire/recurring\"", jobs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WhenNotAnAdmin_SendsToSignInOrAnswers403()
    {
        var anonymous = Browsing.Start(fixture.Site);
        await Browsing.CreateUserAsync(fixture.Site, "listener-dashboard@example.com", "a long enough password");
        var listener = Browsing.Start(fixture.Site);
        (await listener.SignInAsync("listener-dashboard@example.com", "a long enough password")).Dispose();

        using var signedOut = await anonymous.Http.GetAsync("/admin/hangfire/recurring");
        using var signedOutApi = await anonymous.Http.GetAsync("/admin/hangfire/stats");
        using var forbidden = await listener.Http.GetAsync("/admin/hangfire");
        using var forbiddenPost = await listener.Http.PostAsync("/admin/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "retrain")]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/Identity/Account/Login?ReturnUrl=%2Fadmin%2Fhangfire%2Frecurring", signedOut.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedOutApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenPost.StatusCode);
    }

    [Fact]
    public async Task DashboardButtons_WithoutTheDashboardsAntiforgeryToken_AreRefused()
    {
        var admin = await Browsing.AdminAsync(fixture.Site);
        var last = fixture.Site.Scalar("SELECT COALESCE(MAX(Id), 0) FROM RetrainRuns");
        var page = await admin.Http.GetStringAsync("/admin/hangfire/recurring");
        var token = System.Text.RegularExpressions.Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\">").Groups[1].Value;

        using var triggered = await admin.Http.PostAsync("/admin/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", RetrainJob.RecurringId)]));
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/admin/hangfire/recurring/remove") { Content = new FormUrlEncodedContent([new("jobs[]", "no-such-job")]) };
        withToken.Headers.Add("X-XSRF-TOKEN", token);
        using var removed = await admin.Http.SendAsync(withToken);

        Assert.Contains("<meta name=\"csrf-header\" content=\"X-XSRF-TOKEN\">", page, StringComparison.Ordinal);
        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Forbidden, triggered.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(last, fixture.Site.Scalar("SELECT COALESCE(MAX(Id), 0) FROM RetrainRuns"));
    }
}
