using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Failed sign-ins counted per client address and per (account, client address), in the database so every instance
/// counts the same. From one address, after <c>Accounts:ClientFreeFailures</c> failures each further try waits twice
/// as long as the last (429); one account from one address locks after <c>Accounts:LockoutFailures</c>. A flood from
/// one address therefore never locks the account for its owner elsewhere (docs/decisions/0014-sign-in-throttling.md).
/// Addresses and accounts are stored only as hashes, and only for as long as they are looked at.
/// </summary>
public sealed class SignInThrottle(AppDbContext db, IOptions<AccountsOptions> options, TimeProvider time)
{
    public async Task<SignInVerdict> CheckAsync(IPAddress? client, string account, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var clientKey = ClientKey(client);
        var since = now - o.ClientWindow;
        var fromClient = db.SignInFailures.AsNoTracking().Where(f => f.ClientKey == clientKey && f.At > since);
        var failures = await fromClient.CountAsync(cancellationToken);
        if (failures >= o.ClientFreeFailures)
        {
            var latest = await fromClient.MaxAsync(f => f.At, cancellationToken);
            var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - o.ClientFreeFailures), o.ClientMaxDelay.TotalSeconds));
            var until = DateTime.SpecifyKind(latest, DateTimeKind.Utc) + wait;
            if (until > now) return new SignInVerdict(false, until - now);
        }
        return await IsLockedAsync(clientKey, AccountKey(account), now, cancellationToken) ? new SignInVerdict(true, null) : SignInVerdict.Allowed;
    }

    /// <summary>Records a failure; true when this account is now locked for this client.</summary>
    public async Task<bool> RecordFailureAsync(IPAddress? client, string account, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var (clientKey, accountKey) = (ClientKey(client), AccountKey(account));
        db.SignInFailures.Add(new SignInFailure { ClientKey = clientKey, AccountKey = accountKey, At = now });
        await db.SaveChangesAsync(cancellationToken);
        // Forget what no check looks at any more.
        var horizon = now - (o.ClientWindow > o.LockoutDuration ? o.ClientWindow : o.LockoutDuration);
        await db.SignInFailures.Where(f => f.At < horizon).ExecuteDeleteAsync(cancellationToken);
        return await IsLockedAsync(clientKey, accountKey, now, cancellationToken);
    }

    /// <summary>A good password from this client clears this account's count here (the client's own count stays).</summary>
    public Task RecordSuccessAsync(IPAddress? client, string account, CancellationToken cancellationToken)
    {
        var (clientKey, accountKey) = (ClientKey(client), AccountKey(account));
        return db.SignInFailures.Where(f => f.ClientKey == clientKey && f.AccountKey == accountKey).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> IsLockedAsync(string clientKey, string accountKey, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - options.Value.LockoutDuration;
        var pair = await db.SignInFailures.AsNoTracking()
            .CountAsync(f => f.ClientKey == clientKey && f.AccountKey == accountKey && f.At > since, cancellationToken);
        return pair >= options.Value.LockoutFailures;
    }

    /// <summary>
    /// The client as the connection (after the forwarded-headers step, behind a known proxy) names it. IPv6 clients
    /// are counted per /64, the block one subscriber gets; an IPv4 address mapped into IPv6 counts as itself.
    /// </summary>
    internal static string ClientKey(IPAddress? client)
    {
        var address = client is { IsIPv4MappedToIPv6: true } ? client.MapToIPv4() : client;
        var text = address switch
        {
            null => "unknown",
            { AddressFamily: AddressFamily.InterNetworkV6 } => Convert.ToHexString(address.GetAddressBytes().AsSpan(0, 8)) + "/64",
            _ => address.ToString(),
        };
        return Hash("client:" + text);
    }

    internal static string AccountKey(string account) => Hash("account:" + account.Trim().ToUpperInvariant());

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
