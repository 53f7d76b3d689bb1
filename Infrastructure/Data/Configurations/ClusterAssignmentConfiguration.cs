using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ClusterAssignmentConfiguration : IEntityTypeConfiguration<ClusterAssignment>
{
    public void Configure(EntityTypeBuilder<ClusterAssignment> builder)
    {
        builder.ToTable("ClusterAssignments");
        builder.HasKey(a => new { a.ModelVersionId, a.TrackId });
        builder.HasIndex(a => a.TrackId);
        builder.HasOne<Track>().WithMany().HasForeignKey(a => a.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}
