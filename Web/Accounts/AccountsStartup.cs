using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Identity;

namespace MusicRecommender.Web.Accounts;

/// <summary>At start-up (after migrations): the Admin role and the first admin from configuration.</summary>
public sealed class AccountsStartup(IServiceScopeFactory scopes, IOptions<AdminOptions> admin, ILogger<AccountsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // One instance at a time, so two starting together do not both create the first admin.
        await using var turn = await DatabaseLock.AcquireAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), "accounts", cancellationToken);
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        await accounts.EnsureRoleAsync();
        if (admin.Value.Email is { Length: > 0 } email)
        {
            var result = await accounts.EnsureAdminAsync(email, admin.Value.Password);
            if (result.Succeeded) logger.LogInformation("{Email} is an admin", email);
            else logger.LogError("Could not create the admin {Email} from configuration: {Errors}", email, AdminAccounts.Describe(result));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
