using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Configurations;

internal sealed class ImpressionConfiguration : IEntityTypeConfiguration<Impression>
{
    public void Configure(EntityTypeBuilder<Impression> builder)
    {
        builder.ToTable("Impressions");
        builder.Property(i => i.RaterId).HasMaxLength(64);
        builder.Property(i => i.UserId).HasMaxLength(64);
        builder.Property(i => i.AnonymousId).HasMaxLength(64);
        builder.Property(i => i.Variant).HasMaxLength(32);
        builder.Property(i => i.Source).HasMaxLength(16);
        builder.Property(i => i.QueryFeaturesJson).HasMaxLength(1000);
        builder.Property(i => i.Catalog).HasConversion<int>();
        builder.HasIndex(i => new { i.ExperimentId, i.Variant });
        builder.HasIndex(i => i.RaterId);
        builder.HasIndex(i => i.CreatedAt);
        // Impressions outlive a deleted experiment: they stay as unattributed history.
        builder.HasOne<Experiment>().WithMany().HasForeignKey(i => i.ExperimentId).OnDelete(DeleteBehavior.SetNull);
        // One row per list: the items are a JSON array in the impression's row ([{"t": track, "r": rank, "s": similarity}]),
        // written in the same insert; a rating is checked against it (RatingService) instead of a foreign key per item.
        builder.OwnsMany(i => i.Items, items =>
        {
            items.ToJson("Items");
            items.Property(i => i.TrackId).HasJsonPropertyName("t");
            items.Property(i => i.Rank).HasJsonPropertyName("r");
            items.Property(i => i.Similarity).HasJsonPropertyName("s");
        });
    }
}
