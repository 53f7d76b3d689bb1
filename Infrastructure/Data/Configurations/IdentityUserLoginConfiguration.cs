using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MusicRecommender.Infrastructure.Data.Configurations;

/// <summary>
/// Identity's default UI sets <c>IdentityOptions.Stores.MaxLengthForKeys</c> to 128 (a SQL Server index limit),
/// which <c>IdentityDbContext</c> reads from the site's services, so the model would differ between the site and
/// <c>dotnet ef</c> (which builds it without them) on PostgreSQL. The key columns stay unbounded, as created.
/// </summary>
internal sealed class IdentityUserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.Property(l => l.LoginProvider).Metadata.SetMaxLength(null);
        builder.Property(l => l.ProviderKey).Metadata.SetMaxLength(null);
    }
}
