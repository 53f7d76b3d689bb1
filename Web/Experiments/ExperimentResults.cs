using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Experiments;

public sealed record DailyCount(DateOnly Day, string Variant, long Count);

/// <summary>An experiment's settings, its statistics, and the series the charts draw.</summary>
public sealed record ExperimentResultsView(Experiment Experiment, ExperimentReport Report, IReadOnlyList<DailyCount> RatingsPerDay, DateTime GeneratedAt)
{
    /// <summary>The second metric: the share of each variant's lists that got any 4–5★ rating.</summary>
    public ProportionMetric? ListsWithPositive { get; init; }

    /// <summary>Of the raters shown any list while the experiment ran, how many were in it.</summary>
    public TrafficCoverage? Coverage { get; init; }

    /// <summary>Days from the start to the stop (or to now while it runs).</summary>
    public double DaysRunning => Experiment.StartedAt is { } started ? Math.Max(0, ((Experiment.StoppedAt ?? GeneratedAt) - started).TotalDays) : 0;
}

/// <summary>
/// Aggregates an experiment in the database (exposures, raters, impressions, star counts per
/// variant) and hands the counts to the Domain statistics; no rating rows leave the database.
/// </summary>
public sealed class ExperimentResults(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<Experiment>> ListAsync(CancellationToken cancellationToken) =>
        await db.Experiments.AsNoTracking().Include(e => e.Variants)
            .OrderByDescending(e => e.IsActive).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Name)
            .ToListAsync(cancellationToken);

    public async Task<ExperimentResultsView?> GetAsync(string name, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.AsNoTracking().Include(e => e.Variants).FirstOrDefaultAsync(e => e.Name == name, cancellationToken);
        if (experiment is null) return null;
        var id = experiment.Id;

        var exposures = await db.ExperimentAssignments.AsNoTracking().Where(a => a.ExperimentId == id)
            .GroupBy(a => a.Variant).Select(g => new { Variant = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Variant, g => g.Count, cancellationToken);
        var impressions = await db.Impressions.AsNoTracking().Where(i => i.ExperimentId == id)
            .GroupBy(i => i.Variant)
            .Select(g => new { Variant = g.Key, Count = g.LongCount(), Raters = g.Select(i => i.RaterId).Distinct().LongCount() })
            .ToDictionaryAsync(g => g.Variant, cancellationToken);
        var stars = await RatingsOf(id)
            .GroupBy(x => new { x.Variant, x.Stars })
            .Select(g => new { g.Key.Variant, g.Key.Stars, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var daily = await RatingsOf(id)
            .GroupBy(x => new { x.Variant, x.CreatedAt.Date })
            .Select(g => new { g.Key.Variant, g.Key.Date, Count = g.LongCount() })
            .ToListAsync(cancellationToken);

        var variants = experiment.Variants.OrderBy(v => v.Name != experiment.ControlVariant).ThenBy(v => v.Name, StringComparer.Ordinal)
            .Select(v =>
            {
                var counts = new long[StarSample.MaxStars];
                foreach (var s in stars.Where(s => s.Variant == v.Name)) counts[s.Stars - 1] = s.Count;
                var shown = impressions.GetValueOrDefault(v.Name);
                return new VariantData(v.Name, v.Weight, exposures.GetValueOrDefault(v.Name), shown?.Raters ?? 0, shown?.Count ?? 0, StarSample.FromCounts(counts));
            })
            .ToArray();
        var report = ExperimentReport.Build(experiment.Name, experiment.ControlVariant, variants);
        var positiveLists = await db.Impressions.AsNoTracking()
            .Where(i => i.ExperimentId == id && db.Ratings.Any(r => r.ImpressionId == i.Id && r.Stars >= StarSample.PositiveFrom))
            .GroupBy(i => i.Variant).Select(g => new { Variant = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Variant, g => g.Count, cancellationToken);
        var lists = ProportionMetric.Build("Lists with any 4–5★ rating", experiment.ControlVariant,
            report.Variants.Select(v => new ProportionCount(v.Name, Math.Min(positiveLists.GetValueOrDefault(v.Name), v.Impressions), v.Impressions)).ToArray());
        var perDay = daily.Select(d => new DailyCount(DateOnly.FromDateTime(d.Date), d.Variant, d.Count))
            .OrderBy(d => d.Day).ThenBy(d => d.Variant, StringComparer.Ordinal).ToArray();
        var now = time.GetUtcNow().UtcDateTime;
        return new ExperimentResultsView(experiment, report, perDay, now)
        {
            ListsWithPositive = lists,
            Coverage = await CoverageAsync(experiment, now, cancellationToken),
        };
    }

    private async Task<TrafficCoverage?> CoverageAsync(Experiment experiment, DateTime now, CancellationToken cancellationToken)
    {
        if (experiment.StartedAt is not { } from) return null;
        var to = experiment.StoppedAt ?? now;
        var during = db.Impressions.AsNoTracking().Where(i => i.CreatedAt >= from && i.CreatedAt <= to);
        var all = await during.Select(i => i.RaterId).Distinct().LongCountAsync(cancellationToken);
        var inside = await during.Where(i => i.ExperimentId == experiment.Id).Select(i => i.RaterId).Distinct().LongCountAsync(cancellationToken);
        return new TrafficCoverage(inside, all);
    }

    private IQueryable<RatedItem> RatingsOf(int experimentId) =>
        from r in db.Ratings.AsNoTracking()
        join i in db.Impressions.AsNoTracking() on r.ImpressionId equals i.Id
        where i.ExperimentId == experimentId
        select new RatedItem { Variant = i.Variant, Stars = r.Stars, CreatedAt = r.CreatedAt };

    /// <summary>Member-init (not a constructor) so EF can group on the projected columns.</summary>
    private sealed class RatedItem
    {
        public required string Variant { get; init; }

        public int Stars { get; init; }

        public DateTime CreatedAt { get; init; }
    }
}
