using Microsoft.AspNetCore.Identity;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Identity;

public enum PromotionResult
{
    Promoted,
    AlreadyAdmin,
    UnknownUser,
}

/// <summary>The Admin role, shared by the site's start-up (first admin from configuration) and the <c>make-admin</c> command.</summary>
public sealed class AdminAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public const string Role = "Admin";

    public async Task EnsureRoleAsync()
    {
        if (await roles.RoleExistsAsync(Role)) return;
        var created = await roles.CreateAsync(new IdentityRole(Role));
        // Another instance may have created it at the same moment.
        if (!created.Succeeded && !await roles.RoleExistsAsync(Role)) throw new InvalidOperationException(Describe(created));
    }

    public async Task<PromotionResult> PromoteAsync(string email)
    {
        await EnsureRoleAsync();
        var user = await users.FindByEmailAsync(email);
        if (user is null) return PromotionResult.UnknownUser;
        if (await users.IsInRoleAsync(user, Role)) return PromotionResult.AlreadyAdmin;
        var added = await users.AddToRoleAsync(user, Role);
        if (!added.Succeeded) throw new InvalidOperationException(Describe(added));
        return PromotionResult.Promoted;
    }

    /// <summary>Creates the user when missing (the password is used only then) and makes them an admin.</summary>
    public async Task<IdentityResult> EnsureAdminAsync(string email, string? password)
    {
        if (await users.FindByEmailAsync(email) is null)
        {
            if (string.IsNullOrEmpty(password))
                return IdentityResult.Failed(new IdentityError { Description = $"No user {email} exists and Admin:Password is not set." });
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) return created;
        }
        await PromoteAsync(email);
        return IdentityResult.Success;
    }

    public static string Describe(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
