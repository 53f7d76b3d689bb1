using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
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
/// assignment is written with the rater's first list. The running experiment and known assignments
/// come from memory; a new anonymous rater cannot have one, so only a returning rater not seen by this
/// site yet costs a lookup.
/// </summary>
public sealed class ExperimentAssigner(AppDbContext db, ActiveExperiment active, AssignmentCache assignments, TimeProvider time)
{
    public async Task<Exposure> ChooseAsync(Rater rater, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        var experiment = await active.GetAsync(cancellationToken);
        if (experiment is null) return Exposure.NoExperiment;
        if (!rater.IsNew && await StoredAsync(experiment.Id, rater, cancellationToken) is { } stored) return stored with { Experiment = experiment.Name };

        if (!experiment.Variants.Any(v => v.Weight > 0)) return new Exposure(experiment.Id, experiment.Name, experiment.ControlVariant, false);
        return new Exposure(experiment.Id, experiment.Name, VariantAssignment.Assign(experiment.Name, rater.Id, experiment.Variants), false);
    }

    /// <summary>The row a first exposure writes with its list; null when the database holds it already.</summary>
    public ExperimentAssignment? NewAssignment(Rater rater, Exposure exposure)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(exposure);
        if (exposure.Recorded || exposure.ExperimentId is not { } experimentId) return null;
        return new ExperimentAssignment { ExperimentId = experimentId, RaterId = rater.Id, Variant = exposure.Variant, AssignedAt = time.GetUtcNow().UtcDateTime };
    }

    /// <summary>Once the list's rows are committed (a concurrent first exposure that won keeps the same hashed variant).</summary>
    public void Remember(Rater rater, Exposure exposure)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(exposure);
        if (exposure.ExperimentId is { } experimentId) assignments.Set(experimentId, rater.Id, exposure.Variant);
    }

    private async Task<Exposure?> StoredAsync(int experimentId, Rater rater, CancellationToken cancellationToken)
    {
        if (assignments.Get(experimentId, rater.Id) is { } own) return new Exposure(experimentId, null, own, true);
        var anonymous = rater.AnonymousId is { } a && a != rater.Id ? a : null;
        if (anonymous is not null && assignments.Get(experimentId, anonymous) is { } before) return new Exposure(experimentId, null, before, false);

        var ids = new[] { rater.Id, anonymous }.OfType<string>().ToArray();
        var rows = await db.ExperimentAssignments.AsNoTracking()
            .Where(x => x.ExperimentId == experimentId && ids.Contains(x.RaterId))
            .Select(x => new { x.RaterId, x.Variant })
            .ToListAsync(cancellationToken);
        foreach (var row in rows) assignments.Set(experimentId, row.RaterId, row.Variant);
        if (rows.FirstOrDefault(x => x.RaterId == rater.Id) is { } stored) return new Exposure(experimentId, null, stored.Variant, true);
        // Signed in now, assigned while anonymous in this browser: keep that variant.
        return rows.FirstOrDefault() is { } earlier ? new Exposure(experimentId, null, earlier.Variant, false) : null;
    }
}
