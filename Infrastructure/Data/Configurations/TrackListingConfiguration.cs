using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class TrackListingConfiguration : IEntityTypeConfiguration<TrackListing>
{
    public void Configure(EntityTypeBuilder<TrackListing> builder)
    {
        builder.ToTable("TrackListings");
        builder.HasKey(l => l.TrackId);
        builder.Property(l => l.Note).HasMaxLength(500);
        builder.Property(l => l.ChangedBy).HasMaxLength(256);
        builder.HasOne<Track>().WithOne().HasForeignKey<TrackListing>(l => l.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}
