using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class TrackArtistConfiguration : IEntityTypeConfiguration<TrackArtist>
{
    public void Configure(EntityTypeBuilder<TrackArtist> builder)
    {
        builder.ToTable("TrackArtists");
        builder.HasKey(c => new { c.TrackId, c.Position });
        builder.Property(c => c.ArtistKey).HasMaxLength(Artist.KeyMaxLength);
        // "Every track by this artist" reads by key.
        builder.HasIndex(c => c.ArtistKey);
        builder.HasOne<Track>().WithMany(t => t.Credits).HasForeignKey(c => c.TrackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Artist).WithMany().HasForeignKey(c => c.ArtistKey).OnDelete(DeleteBehavior.Restrict);
    }
}
