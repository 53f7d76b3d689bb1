using System.Buffers.Binary;
using System.Net;
using Microsoft.Data.Sqlite;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>Registration, sign-in, lockout and the cookie and password-hash settings (OWASP ASVS 5.0 L2).</summary>
public sealed class AccountTests : IAsyncLifetime
{
    private const string Password = "a long enough password";
    private readonly TempFolder _shared = new("musicrec-accounts");
    private SiteFactory _site = null!;

    public async Task InitializeAsync() => _site = await StartAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        SqliteConnection.ClearAllPools();
        _shared.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Register_WhenTheFormIsFilledIn_CreatesTheAccountWhichThenSignsInWithHardenedCookies()
    {
        var visitor = Browsing.Start(_site);

        // Registering does not sign in (that would tell a new address from a known one): the account is made and mailed.
        using var registered = await visitor.SubmitAsync("/Identity/Account/Register", "/Identity/Account/Register?returnUrl=%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = "new@example.com", ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        using var response = await visitor.SignInAsync("new@example.com", Password);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/Identity/Account/RegisterConfirmation", registered.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToArray();
        var auth = Assert.Single(cookies, c => c.StartsWith("__Host-mr-auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", auth, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", auth, StringComparison.OrdinalIgnoreCase);
        var home = await visitor.Http.GetStringAsync("/");
        Assert.Contains("new@example.com", home, StringComparison.Ordinal);
        Assert.Contains("Sign out", home, StringComparison.Ordinal);

        using var signedOut = await visitor.SubmitAsync("/", "/Identity/Account/Logout?returnUrl=%2F", new Dictionary<string, string>());
        var after = await visitor.Http.GetStringAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.DoesNotContain("new@example.com", after, StringComparison.Ordinal);
        Assert.Contains("Sign in", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_WhenTheSiteSetsThem_AllCarryTheHostPrefixSecureAndHttpOnly()
    {
        var visitor = Browsing.Start(_site);

        using var page = await visitor.Http.GetAsync("/Identity/Account/Login");
        using var recommendations = await visitor.Http.GetAsync("/api/recommendations?q=x&catalog=anime");
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(recommendations.Headers.TryGetValues("Set-Cookie", out var more) ? more : []).ToArray();

        Assert.Contains(cookies, c => c.StartsWith("__Host-mr-af=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-mr-rater=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c, StringComparison.Ordinal);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Password_WhenStored_IsPbkdf2WithAtLeast210000Iterations()
    {
        await Browsing.CreateUserAsync(_site, "hash@example.com", Password);

        using var connection = new SqliteConnection($"Data Source={_shared.File("accounts.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT PasswordHash FROM AspNetUsers WHERE Email = 'hash@example.com'";
        var hash = Convert.FromBase64String((string)command.ExecuteScalar()!);

        // Identity's V3 format: 0x01, PRF (2 = HMAC-SHA512), iteration count, salt length, salt, subkey; big-endian.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 210_000);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedOutOnThatConnectionEvenWithTheRightOne()
    {
        await Browsing.CreateUserAsync(_site, "target@example.com", Password);
        var attacker = Browsing.Start(_site);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await attacker.SignInAsync("target@example.com", $"wrong guess {i}");
            statuses.Add(wrong.StatusCode);
        }
        using var right = await attacker.SignInAsync("target@example.com", Password);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Redirect], statuses);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.EndsWith("/Identity/Account/Lockout", right.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-mr-auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)));
        using var connection = new SqliteConnection($"Data Source={_shared.File("accounts.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        // Locked for this account from this client (SignInThrottle), not in Identity's per-account lockout that
        // would lock the owner out everywhere (SignInPrivacyTests signs the owner in from another address).
        command.CommandText = "SELECT LockoutEnd IS NOT NULL FROM AspNetUsers WHERE Email = 'target@example.com'";
        Assert.Equal(0L, command.ExecuteScalar());
        command.CommandText = "SELECT COUNT(*) FROM SignInFailures";
        Assert.Equal(6L, command.ExecuteScalar());
    }

    [Fact]
    public async Task SignIn_WhenTheSiteRestarts_StaysValidBecauseKeysArePersisted()
    {
        await Browsing.CreateUserAsync(_site, "stays@example.com", Password);
        var visitor = Browsing.Start(_site);
        using (var signedIn = await visitor.SignInAsync("stays@example.com", Password)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var before = await visitor.Http.GetAsync("/Identity/Account/Manage");
        var authCookie = string.Join("; ", before.RequestMessage!.Headers.GetValues("Cookie"));

        _site.Dispose();
        _site = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/Manage");
        request.Headers.Add("Cookie", authCookie);
        using var after = await Browsing.Start(_site).Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.NotEmpty(Directory.GetFiles(_shared.File("keys"), "key-*.xml"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("stays@example.com", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A site on the shared database and key folder, so a restart keeps both.</summary>
    private Task<SiteFactory> StartAsync() => new SiteFactory(seed: false, settings: new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = $"Data Source={_shared.File("accounts.db")}",
        ["DataProtection:KeysPath"] = _shared.File("keys"),
    }).WaitUntilReadyAsync();
}
