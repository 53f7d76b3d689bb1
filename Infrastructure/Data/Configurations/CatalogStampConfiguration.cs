using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class CatalogStampConfiguration : IEntityTypeConfiguration<CatalogStamp>
{
    public void Configure(EntityTypeBuilder<CatalogStamp> builder)
    {
        builder.ToTable("CatalogStamps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new CatalogStamp { Id = CatalogStamp.SingleId, Version = 0, ChangedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
