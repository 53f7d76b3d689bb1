using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.ToTable("Ratings", t => t.HasCheckConstraint("CK_Ratings_Stars", "\"Stars\" BETWEEN 1 AND 5"));
        builder.Property(r => r.RaterId).HasMaxLength(64);
        // The upsert's conflict target: one rating per impression item, so retries cannot duplicate.
        builder.HasIndex(r => new { r.ImpressionId, r.TrackId }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
        // The track is checked against the impression's items when the rating is stored (RatingService).
        builder.HasOne<Impression>().WithMany().HasForeignKey(r => r.ImpressionId).OnDelete(DeleteBehavior.Cascade);
    }
}
