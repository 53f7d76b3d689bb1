using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Experiments;

/// <summary>
/// The running experiment, read from the database at most every <see cref="Lifetime"/> instead of on
/// every list. A change saved in this process drops it at once (<see cref="ExperimentChanges"/>); one
/// saved by another instance is seen within the lifetime.
/// </summary>
public sealed class ActiveExperiment(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Loaded? _loaded;
    private long _version;

    public async ValueTask<RunningExperiment?> GetAsync(CancellationToken cancellationToken)
    {
        var loaded = _loaded;
        if (loaded is not null && time.GetElapsedTime(loaded.At) < Lifetime) return loaded.Experiment;
        // Someone reloads already: the last one serves meanwhile.
        if (loaded is not null && !await _loading.WaitAsync(0, cancellationToken)) return loaded.Experiment;
        if (loaded is null) await _loading.WaitAsync(cancellationToken);
        try
        {
            loaded = _loaded;
            if (loaded is not null && time.GetElapsedTime(loaded.At) < Lifetime) return loaded.Experiment;
            var version = Interlocked.Read(ref _version);
            var at = time.GetTimestamp();
            var experiment = await LoadAsync(cancellationToken);
            // Changed while loading: serve what was read this once, read again next time.
            _loaded = Interlocked.Read(ref _version) == version ? new Loaded(experiment, at) : null;
            return experiment;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _loaded = null;
    }

    private async Task<RunningExperiment?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experiment = await db.Experiments.AsNoTracking().Include(e => e.Variants)
            .Where(e => e.IsActive).OrderBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        if (experiment is null) return null;
        var variants = experiment.Variants.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => new WeightedVariant(v.Name, v.Weight)).ToArray();
        return new RunningExperiment(experiment.Id, experiment.Name, experiment.ControlVariant, variants);
    }

    public void Dispose() => _loading.Dispose();

    private sealed record Loaded(RunningExperiment? Experiment, long At);
}
