using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MusicRecommender.Infrastructure.Data.Configurations;

/// <summary>Unbounded key columns whatever <c>MaxLengthForKeys</c> says, as for logins (<see cref="IdentityUserLoginConfiguration"/>).</summary>
internal sealed class IdentityUserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.Property(t => t.LoginProvider).Metadata.SetMaxLength(null);
        builder.Property(t => t.Name).Metadata.SetMaxLength(null);
    }
}
