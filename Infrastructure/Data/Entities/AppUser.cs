using Microsoft.AspNetCore.Identity;

namespace MusicRecommender.Infrastructure.Data.Entities;

public sealed class AppUser : IdentityUser
{
    /// <summary>Opted in to the weekly digest of new picks (off until the listener turns it on).</summary>
    public bool WeeklyDigest { get; set; }
}
