using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> builder)
    {
        builder.ToTable("Tracks");
        builder.HasIndex(t => t.SpotifyId).IsUnique();
        builder.HasIndex(t => t.SearchText);
        builder.HasIndex(t => t.Catalogs);
        builder.Property(t => t.SpotifyId).HasMaxLength(32);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Artists).HasMaxLength(1000);
        builder.Property(t => t.Album).HasMaxLength(500);
        builder.Property(t => t.ReleaseDate).HasMaxLength(32);
        builder.Property(t => t.Genres).HasMaxLength(500);
        builder.Property(t => t.Source).HasMaxLength(64);
        builder.Property(t => t.SearchText).HasMaxLength(2000);
        builder.Property(t => t.Catalogs).HasConversion<int>();
        builder.Ignore(t => t.Features);
    }
}
