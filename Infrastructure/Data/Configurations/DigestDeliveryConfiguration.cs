using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.ToTable("DigestDeliveries");
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Detail).HasMaxLength(1000);
        builder.HasIndex(d => new { d.RunId, d.UserId }).IsUnique();
        builder.HasIndex(d => d.UserId);
        // A deleted account takes its digests with it.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Picks).WithOne().HasForeignKey(p => p.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
