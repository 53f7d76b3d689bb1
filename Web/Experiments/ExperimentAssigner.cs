using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Experiments;

/// <summary>The experiment and variant a rater is in; <c>Recorded</c> says whether the database already holds it.</summary>
public sealed record Exposure(int? ExperimentId, string? Experiment, string Variant, bool Recorded)
{
    public static Exposure NoExperiment { get; } = new(null, null, RecommenderVariants.Model, true);
}

/// <summary>
/// Puts raters into the active experiment's variants: a stored assignment wins (stable across
/// visits, weight changes and sign-in); otherwise the hash of experiment and rater decides, and the
/// assignment is written at the rater's first exposure.
/// </summary>
public sealed class ExperimentAssigner(AppDbContext db, TimeProvider time)
{
    public async Task<Exposure> ChooseAsync(Rater rater, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        var experiment = await db.Experiments.AsNoTracking().Include(e => e.Variants)
            .Where(e => e.IsActive).OrderBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        if (experiment is null) return Exposure.NoExperiment;

        var ids = new[] { rater.Id, rater.AnonymousId }.OfType<string>().Distinct().ToArray();
        var stored = await db.ExperimentAssignments.AsNoTracking()
            .Where(a => a.ExperimentId == experiment.Id && ids.Contains(a.RaterId))
            .Select(a => new { a.RaterId, a.Variant })
            .ToListAsync(cancellationToken);
        if (stored.FirstOrDefault(a => a.RaterId == rater.Id) is { } own)
            return new Exposure(experiment.Id, experiment.Name, own.Variant, true);
        // Signed in now, assigned while anonymous in this browser: keep that variant.
        if (stored.FirstOrDefault() is { } earlier)
            return new Exposure(experiment.Id, experiment.Name, earlier.Variant, false);

        var variants = experiment.Variants.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => new WeightedVariant(v.Name, v.Weight)).ToArray();
        if (!variants.Any(v => v.Weight > 0)) return new Exposure(experiment.Id, experiment.Name, experiment.ControlVariant, false);
        return new Exposure(experiment.Id, experiment.Name, VariantAssignment.Assign(experiment.Name, rater.Id, variants), false);
    }

    /// <summary>Records a first exposure; a concurrent first request by the same rater is a no-op, not an error.</summary>
    public async Task RecordAsync(Rater rater, Exposure exposure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(exposure);
        if (exposure.Recorded || exposure.ExperimentId is not { } experimentId) return;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "ExperimentAssignments" ("ExperimentId", "RaterId", "Variant", "AssignedAt")
            VALUES ({experimentId}, {rater.Id}, {exposure.Variant}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }
}
