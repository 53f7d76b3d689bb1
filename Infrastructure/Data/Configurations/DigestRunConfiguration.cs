using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> builder)
    {
        builder.ToTable("DigestRuns");
        builder.Property(r => r.Trigger).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Error).HasMaxLength(2000);
        // One run at a time across every instance (status 0 = Running): a second request joins the run already going.
        builder.HasIndex(r => r.Status).IsUnique().HasFilter("\"Status\" = 0").HasDatabaseName("IX_DigestRuns_OneRunning");
        builder.HasIndex(r => r.StartedAt);
        builder.HasMany(r => r.Deliveries).WithOne().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
