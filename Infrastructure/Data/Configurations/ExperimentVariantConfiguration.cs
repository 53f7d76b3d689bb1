using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ExperimentVariantConfiguration : IEntityTypeConfiguration<ExperimentVariant>
{
    public void Configure(EntityTypeBuilder<ExperimentVariant> builder)
    {
        builder.ToTable("ExperimentVariants", t => t.HasCheckConstraint("CK_ExperimentVariants_Weight", "\"Weight\" >= 0"));
        builder.Property(v => v.Name).HasMaxLength(32);
        builder.HasIndex(v => new { v.ExperimentId, v.Name }).IsUnique();
    }
}
