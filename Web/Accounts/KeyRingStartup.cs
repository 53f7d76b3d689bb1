using Microsoft.AspNetCore.DataProtection;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Reads (and on a new database creates) the shared key ring before the site serves, one instance
/// at a time: instances starting together on an empty database would otherwise each create a first
/// key and, for a while, reject each other's cookies.
/// </summary>
public sealed class KeyRingStartup(IServiceScopeFactory scopes, IDataProtectionProvider protection, ILogger<KeyRingStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var turn = await DatabaseLock.AcquireAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), "data-protection-keys", cancellationToken);
        // Protecting anything makes the key manager load the ring, creating the first key if there is none.
        protection.CreateProtector(nameof(KeyRingStartup)).Protect([1]);
        logger.LogDebug("Data-protection key ring loaded");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
