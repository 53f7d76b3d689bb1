using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Two-factor sign-in is not offered (no authenticator setup, no recovery codes), so its Identity UI
/// pages are not reachable at all: they answer 404 instead of half-working and failing with a 500.
/// The account menu (<c>Account/Manage/_ManageNav</c>) does not link to them.
/// </summary>
internal static class TwoFactorPages
{
    public static readonly string[] Paths =
    [
        "/Account/LoginWith2fa",
        "/Account/LoginWithRecoveryCode",
        "/Account/Manage/TwoFactorAuthentication",
        "/Account/Manage/EnableAuthenticator",
        "/Account/Manage/Disable2fa",
        "/Account/Manage/GenerateRecoveryCodes",
        "/Account/Manage/ResetAuthenticator",
        "/Account/Manage/ShowRecoveryCodes",
    ];

    public static void Remove(RazorPagesOptions pages)
    {
        foreach (var path in Paths) pages.Conventions.AddAreaPageRouteModelConvention("Identity", path, page => page.Selectors.Clear());
    }
}
