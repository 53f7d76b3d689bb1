using Hangfire.Dashboard;
using MusicRecommender.Infrastructure.Identity;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// The dashboard's own check, behind the endpoint's Admin policy (which sends the signed-out to sign-in and
/// answers 403 to others): only an admin gets through, whatever route leads here.
/// </summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AdminAccounts.Role);
}
