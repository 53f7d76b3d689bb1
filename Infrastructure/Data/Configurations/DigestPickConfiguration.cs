using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class DigestPickConfiguration : IEntityTypeConfiguration<DigestPick>
{
    public void Configure(EntityTypeBuilder<DigestPick> builder)
    {
        builder.ToTable("DigestPicks");
        builder.HasKey(p => new { p.DeliveryId, p.TrackId });
        builder.Property(p => p.Catalog).HasConversion<int>();
        builder.Property(p => p.Reason).HasMaxLength(500);
        builder.HasIndex(p => p.TrackId);
    }
}
