using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class RetrainRunStepConfiguration : IEntityTypeConfiguration<RetrainRunStep>
{
    public void Configure(EntityTypeBuilder<RetrainRunStep> builder)
    {
        builder.ToTable("RetrainRunSteps");
        builder.Property(s => s.Catalog).HasConversion<int>();
        builder.Property(s => s.Status).HasConversion<int>();
        builder.Property(s => s.Name).HasMaxLength(32);
        builder.Property(s => s.Detail).HasMaxLength(2000);
        builder.HasIndex(s => new { s.RunId, s.Position }).IsUnique();
    }
}
