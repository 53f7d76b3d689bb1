using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> builder)
    {
        builder.ToTable("ModelVersions");
        builder.Property(m => m.Catalog).HasConversion<int>();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Property(m => m.RejectionReason).HasMaxLength(1000);
        builder.HasIndex(m => new { m.Catalog, m.Version }).IsUnique();
        // At most one active version per catalog, enforced by the database (status 1 = Active).
        builder.HasIndex(m => m.Catalog).IsUnique().HasFilter("\"Status\" = 1").HasDatabaseName("IX_ModelVersions_ActivePerCatalog");
        builder.HasMany(m => m.Assignments).WithOne().HasForeignKey(a => a.ModelVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
