using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Artist> Artists => Set<Artist>();

    public DbSet<TrackArtist> TrackArtists => Set<TrackArtist>();

    public DbSet<TrackListing> TrackListings => Set<TrackListing>();

    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();

    public DbSet<ClusterAssignment> ClusterAssignments => Set<ClusterAssignment>();

    public DbSet<Experiment> Experiments => Set<Experiment>();

    public DbSet<ExperimentAssignment> ExperimentAssignments => Set<ExperimentAssignment>();

    public DbSet<Impression> Impressions => Set<Impression>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<SearchEvent> Searches => Set<SearchEvent>();

    /// <summary>The data-protection key ring on PostgreSQL, shared by every instance (<c>PersistKeysToDbContext</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ModelActivationRecord> ModelActivations => Set<ModelActivationRecord>();

    public DbSet<RetrainRun> RetrainRuns => Set<RetrainRun>();

    public DbSet<RetrainRunStep> RetrainRunSteps => Set<RetrainRunStep>();

    public DbSet<RetrainRunLogLine> RetrainRunLog => Set<RetrainRunLogLine>();

    public DbSet<DatabaseIdentity> DatabaseIdentity => Set<DatabaseIdentity>();

    public DbSet<CatalogStamp> CatalogStamps => Set<CatalogStamp>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    public DbSet<DigestPick> DigestPicks => Set<DigestPick>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql()) builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
