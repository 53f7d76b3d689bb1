using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ModelActivationRecordConfiguration : IEntityTypeConfiguration<ModelActivationRecord>
{
    public void Configure(EntityTypeBuilder<ModelActivationRecord> builder)
    {
        builder.ToTable("ModelActivations");
        builder.Property(a => a.Catalog).HasConversion<int>();
        builder.Property(a => a.Kind).HasMaxLength(16);
        builder.Property(a => a.ActivatedBy).HasMaxLength(256);
        builder.HasIndex(a => new { a.Catalog, a.ActivatedAt });
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(a => a.ModelVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(a => a.PreviousModelVersionId).OnDelete(DeleteBehavior.SetNull);
    }
}
