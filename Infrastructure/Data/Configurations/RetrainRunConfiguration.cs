using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class RetrainRunConfiguration : IEntityTypeConfiguration<RetrainRun>
{
    public void Configure(EntityTypeBuilder<RetrainRun> builder)
    {
        builder.ToTable("RetrainRuns");
        builder.Property(r => r.Trigger).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.HangfireJobId).HasMaxLength(64);
        builder.Property(r => r.Error).HasMaxLength(2000);
        // One run at a time across every process sharing the database (status 0 = Running): a second
        // request, on this instance or another, fails to insert and joins the run already going.
        builder.HasIndex(r => r.Status).IsUnique().HasFilter("\"Status\" = 0").HasDatabaseName("IX_RetrainRuns_OneRunning");
        builder.HasIndex(r => r.StartedAt);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Log).WithOne().HasForeignKey(l => l.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
