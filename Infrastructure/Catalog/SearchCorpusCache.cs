using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>
/// The <see cref="SearchCorpus"/> of the catalog as stored, kept in step with every write by one probe a
/// search (two index reads in one statement): the newest <c>UpdatedAt</c> (every write of a track sets it — an import, enrichment, the identity
/// step) and the highest id. When they move, the tracks written since the corpus was built are read into a
/// small overlay (they hide their older entries); when there are too many of them (a large import), the
/// corpus is rebuilt, once, while searches wait. Tracks deleted since are forgotten when their rows turn out missing (<see cref="Forget"/>).
/// </summary>
public sealed class SearchCorpusCache(int maxOverlay = SearchCorpusCache.MaxOverlay) : IDisposable
{
    /// <summary>Above this many tracks written since the build, the corpus is rebuilt instead.</summary>
    public const int MaxOverlay = 20_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>
    /// The first <paramref name="limit"/> tracks, most popular first then by id, whose search text holds every term.
    /// </summary>
    public async Task<List<SearchEntry>> MatchAsync(AppDbContext db, string[] terms, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = await CurrentAsync(db, cancellationToken);
        if (snapshot.OverlayIds.Count == 0) return snapshot.Corpus.Match(terms, limit);
        var matches = snapshot.Corpus.Match(terms, limit, snapshot.OverlayIds);
        matches.AddRange(snapshot.Overlay.Match(terms, limit));
        matches.Sort(SearchCorpus.SearchOrder);
        return matches.Count > limit ? matches.GetRange(0, limit) : matches;
    }

    /// <summary>Brings the corpus in step with the database now (the site does it in the background), so searches need not.</summary>
    public async Task RefreshAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await CurrentAsync(db, cancellationToken);
    }

    /// <summary>
    /// Tracks found in the corpus whose rows are gone (a removal leaves no newer write to notice): later
    /// matches leave them out.
    /// </summary>
    public void Forget(IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _gate.Wait();
        try
        {
            if (_snapshot is not { } current) return;
            var hidden = current.OverlayIds.ToHashSet();
            hidden.UnionWith(ids);
            _snapshot = current with { OverlayIds = hidden };
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Snapshot> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var probe = await Probe.ReadAsync(db, cancellationToken);
        if (_snapshot is { } current && current.Probe == probe) return current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read before the rows: a write made while they load shows as a newer probe next time.
            probe = await Probe.ReadAsync(db, cancellationToken);
            current = _snapshot;
            if (current is not null && current.Probe == probe) return current;
            if (current is not null)
            {
                var written = await Rows(db.Tracks.Where(t => t.UpdatedAt > current.Built.UpdatedAt || t.Id > current.Built.MaxId))
                    .Take(maxOverlay + 1).ToListAsync(cancellationToken);
                if (written.Count <= maxOverlay)
                {
                    return _snapshot = current with
                    {
                        Probe = probe, Overlay = SearchCorpus.Build(written), OverlayIds = written.Select(w => w.Id).ToHashSet(),
                    };
                }
            }
            var all = await Rows(db.Tracks).ToListAsync(cancellationToken);
            return _snapshot = new Snapshot(probe, probe, SearchCorpus.Build(all), SearchCorpus.Build([]), new HashSet<int>());
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static IQueryable<SearchEntry> Rows(IQueryable<Data.Entities.Track> tracks) =>
        tracks.AsNoTracking().Select(t => new SearchEntry(t.Id, t.Popularity, t.SearchText));

    private sealed record Snapshot(Probe Probe, Probe Built, SearchCorpus Corpus, SearchCorpus Overlay, HashSet<int> OverlayIds);

    /// <summary>The newest write and the highest id: two index reads in one round trip.</summary>
    private readonly record struct Probe(DateTime? UpdatedAt, int MaxId)
    {
        private const string Sql = """SELECT (SELECT MAX("UpdatedAt") FROM "Tracks") AS "UpdatedAt", (SELECT MAX("Id") FROM "Tracks") AS "MaxId" """;

        public static async Task<Probe> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            var row = (await db.Database.SqlQueryRaw<ProbeRow>(Sql).ToListAsync(cancellationToken))[0];
            return new Probe(row.UpdatedAt, row.MaxId ?? 0);
        }
    }

    private sealed class ProbeRow
    {
        public DateTime? UpdatedAt { get; init; }

        public int? MaxId { get; init; }
    }
}
