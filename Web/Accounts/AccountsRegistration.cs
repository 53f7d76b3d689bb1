using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Identity;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity with its default UI on the app's DbContext, hardened where the defaults
/// fall short of OWASP ASVS 5.0 level 2 (see docs/decisions/0007-accounts-ratings-experiments.md).
/// </summary>
public static class AccountsRegistration
{
    public const string AdminPolicy = "Admin";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    /// <summary>OWASP's current minimum for PBKDF2-HMAC-SHA512 (Identity's V3 format uses SHA-512).</summary>
    public const int PasswordHashIterations = 210_000;

    public const int MaxFailedLogins = 5;

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KeyStorageOptions>().BindConfiguration(KeyStorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddDefaultIdentity<AppUser>(identity =>
            {
                identity.SignIn.RequireConfirmedAccount = false;
                identity.User.RequireUniqueEmail = true;
                // ASVS V6.2: length, not composition rules (which push people to predictable patterns).
                identity.Password.RequiredLength = 8;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        services.Configure<PasswordHasherOptions>(hasher => hasher.IterationCount = PasswordHashIterations);

        services.ConfigureApplicationCookie(cookie =>
        {
            Harden(cookie.Cookie, CookieNames.Application);
            cookie.LoginPath = "/Identity/Account/Login";
            cookie.LogoutPath = "/Identity/Account/Logout";
            cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => Harden(o.Cookie, CookieNames.External));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => Harden(o.Cookie, CookieNames.TwoFactorUser));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => Harden(o.Cookie, CookieNames.TwoFactorRemember));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie = new SecureCookieBuilder { Name = CookieNames.Antiforgery, HttpOnly = true, Path = "/", SameSite = SameSiteMode.Strict, IsEssential = true };
            antiforgery.HeaderName = AntiforgeryHeader;
        });
        services.Configure<CookieTempDataProviderOptions>(tempData => Harden(tempData.Cookie, CookieNames.TempData));

        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, policy => policy.RequireRole(AdminAccounts.Role));
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.AuthorizeFolder("/Admin", AdminPolicy));

        // Keys survive restarts (sign-ins and tokens stay valid): on SQLite (one machine) in a folder,
        // on PostgreSQL in the database (table DataProtectionKeys), so every instance reads the same key ring.
        var dataProtection = services.AddDataProtection().SetApplicationName("MusicRecommender");
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = builder.Configuration.GetSection(KeyStorageOptions.Section).Get<KeyStorageOptions>() ?? new KeyStorageOptions();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            dataProtection.PersistKeysToDbContext<AppDbContext>();
        }
        else
        {
            // An empty KeysPath is refused at start-up by KeyStorageOptions' validation.
            if (!string.IsNullOrWhiteSpace(storage.KeysPath))
                dataProtection.PersistKeysToFileSystem(new DirectoryInfo(RepositoryPaths.Resolve(storage.KeysPath, builder.Environment.ContentRootPath)));
        }
        KeyEncryption.Apply(dataProtection, storage, builder.Environment.ContentRootPath);
        // First of all hosted services: ASP.NET's own DataProtectionHostedService also loads (and on an
        // empty ring creates) the keys at start-up, and must find the ring this one made under the lock.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, KeyRingStartup>());

        services.AddScoped<AdminAccounts>();
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<DummyPassword>();
        return builder;
    }

    private static void Harden(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.Path = "/";
        cookie.Domain = null;
    }

    /// <summary>
    /// API callers get a bare 401/403 (problem+json from the status-code pages), never a redirect.
    /// People are sent to the login page when signed out, and get a real 403 when signed in without the role.
    /// </summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var isApi = context.Request.Path.StartsWithSegments("/api");
        if (status == StatusCodes.Status401Unauthorized && !isApi)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return isApi ? Task.CompletedTask : ForbiddenPage.WriteAsync(context.HttpContext);
    }
}
