using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ExperimentAssignmentConfiguration : IEntityTypeConfiguration<ExperimentAssignment>
{
    public void Configure(EntityTypeBuilder<ExperimentAssignment> builder)
    {
        builder.ToTable("ExperimentAssignments");
        // One row per rater and experiment: concurrent first requests cannot assign twice.
        builder.HasKey(a => new { a.ExperimentId, a.RaterId });
        builder.Property(a => a.RaterId).HasMaxLength(64);
        builder.Property(a => a.Variant).HasMaxLength(32);
        builder.HasIndex(a => new { a.ExperimentId, a.Variant });
        builder.HasOne<Experiment>().WithMany().HasForeignKey(a => a.ExperimentId).OnDelete(DeleteBehavior.Cascade);
    }
}
