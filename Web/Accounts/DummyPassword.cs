using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// A password hash that matches nothing, made once with the site's hasher and its settings: checking a typed password
/// against it when the account does not exist costs what checking a real one costs, so timing does not tell
/// whether an address has an account.
/// </summary>
public sealed class DummyPassword(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new();
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, _hash.Value, password ?? "");

    /// <summary>Spends a hash's time on a password that is not kept (registering an address that already has an account).</summary>
    public void Hash(string password) => hasher.HashPassword(Nobody, password ?? "");
}
