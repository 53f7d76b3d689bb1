using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class RetrainRunLogLineConfiguration : IEntityTypeConfiguration<RetrainRunLogLine>
{
    public void Configure(EntityTypeBuilder<RetrainRunLogLine> builder)
    {
        builder.ToTable("RetrainRunLog");
        builder.Property(l => l.Message).HasMaxLength(2000);
        builder.HasIndex(l => l.RunId);
    }
}
