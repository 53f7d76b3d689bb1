using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("SignInFailures");
        builder.Property(f => f.ClientKey).HasMaxLength(64);
        builder.Property(f => f.AccountKey).HasMaxLength(64);
        builder.HasIndex(f => new { f.ClientKey, f.At });
        builder.HasIndex(f => new { f.AccountKey, f.At });
        builder.HasIndex(f => f.At);
    }
}
