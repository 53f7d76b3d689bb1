using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class SearchEventConfiguration : IEntityTypeConfiguration<SearchEvent>
{
    public void Configure(EntityTypeBuilder<SearchEvent> builder)
    {
        builder.ToTable("Searches");
        builder.Property(s => s.RaterId).HasMaxLength(64);
        builder.Property(s => s.Text).HasMaxLength(200);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Artists).HasMaxLength(1000);
        builder.Property(s => s.Source).HasMaxLength(16);
        builder.Property(s => s.Seed).HasMaxLength(16).HasDefaultValue(SearchEvent.SongSeed);
        builder.Property(s => s.Catalog).HasConversion<int>();
        builder.HasIndex(s => s.CreatedAt);
        builder.HasIndex(s => s.TrackId);
    }
}
