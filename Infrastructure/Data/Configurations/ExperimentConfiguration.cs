using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ExperimentConfiguration : IEntityTypeConfiguration<Experiment>
{
    public void Configure(EntityTypeBuilder<Experiment> builder)
    {
        builder.ToTable("Experiments");
        builder.Property(e => e.Name).HasMaxLength(64);
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.ControlVariant).HasMaxLength(32);
        builder.HasIndex(e => e.Name).IsUnique();
        // At most one running experiment, enforced by the database; the bare-column filter is valid SQL on SQLite and PostgreSQL.
        builder.HasIndex(e => e.IsActive).IsUnique().HasFilter("\"IsActive\"").HasDatabaseName("IX_Experiments_OneActive");
        builder.HasMany(e => e.Variants).WithOne().HasForeignKey(v => v.ExperimentId).OnDelete(DeleteBehavior.Cascade);
    }
}
