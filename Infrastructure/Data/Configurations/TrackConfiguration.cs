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
        builder.HasIndex(t => t.Catalogs);
        builder.HasIndex(t => t.SongId);
        // The served models' refresh asks for the latest change; this keeps that one index read.
        builder.HasIndex(t => t.UpdatedAt);
        builder.Property(t => t.SpotifyId).HasMaxLength(32);
        builder.Property(t => t.Title).HasMaxLength(Track.TitleMaxLength);
        builder.Property(t => t.Artists).HasMaxLength(Track.ArtistsMaxLength);
        builder.Property(t => t.Album).HasMaxLength(Track.AlbumMaxLength);
        builder.Property(t => t.ReleaseDate).HasMaxLength(32);
        builder.Property(t => t.Genres).HasMaxLength(Track.GenresMaxLength);
        builder.Property(t => t.Source).HasMaxLength(64);
        builder.Property(t => t.SearchText).HasMaxLength(Track.SearchTextMaxLength);
        builder.Property(t => t.ArtistSlug).HasMaxLength(Track.ArtistSlugMaxLength);
        builder.Property(t => t.Isrc).HasMaxLength(Track.IsrcMaxLength);
        builder.Property(t => t.Catalogs).HasConversion<int>();
        builder.Ignore(t => t.Features);
    }
}
