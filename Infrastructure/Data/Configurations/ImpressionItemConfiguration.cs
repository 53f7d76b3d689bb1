using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ImpressionItemConfiguration : IEntityTypeConfiguration<ImpressionItem>
{
    public void Configure(EntityTypeBuilder<ImpressionItem> builder)
    {
        builder.ToTable("ImpressionItems");
        // Keyed by track so a rating's foreign key proves the track was in the impression.
        builder.HasKey(i => new { i.ImpressionId, i.TrackId });
        builder.HasIndex(i => new { i.ImpressionId, i.Rank }).IsUnique();
    }
}
