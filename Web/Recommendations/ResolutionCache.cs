using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// A bounded cache of what repeated texts (and track ids) resolve to, so a popular search costs the
/// search index and the track lookup once, not on every list. Only answers from the local catalog are
/// kept (a live lookup that failed must be able to succeed next time). Everything is dropped when the
/// catalog changes — an import or an enrichment, in this process or another (<see cref="CatalogVersion"/>,
/// polled with the served models) — and entries expire after <see cref="Lifetime"/> regardless.
/// </summary>
public sealed class ResolutionCache(IDbContextFactory<AppDbContext> contexts, ILogger<ResolutionCache> logger) : IDisposable
{
    public const int Capacity = 20_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private long _catalogVersion = -1;

    /// <summary>The cache key of a query, or null when it is not worth caching (features, Spotify ids, built seeds: no index work).</summary>
    public static string? KeyOf(SongQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Features is not null || query.SpotifyId is not null || query.Seed is not null) return null;
        if (query.TrackId is { } trackId) return $"track:{trackId}";
        if (query.Artist is { } artist) return "artist:" + artist.Trim().ToUpperInvariant();
        return query.Text is { } text ? "text:" + text.Trim().ToUpperInvariant() : null;
    }

    /// <summary>The cached value under <paramref name="key"/>, else <paramref name="resolve"/>'s (kept when <paramref name="keep"/> says so).</summary>
    public async Task<T> GetOrAddAsync<T>(string? key, Func<CancellationToken, Task<T>> resolve, Func<T, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(keep);
        if (key is null) return await resolve(cancellationToken);
        if (_cache.TryGetValue(key, out var cached) && cached is T hit) return hit;
        var version = Interlocked.Read(ref _catalogVersion);
        var value = await resolve(cancellationToken);
        // A catalog change while resolving: this answer may be from before it.
        if (keep(value) && Interlocked.Read(ref _catalogVersion) == version)
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return value;
    }

    /// <summary>Reads the catalog's version; a change (after the first read) empties the cache.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await CatalogVersion.ReadAsync(db, cancellationToken);
        var before = Interlocked.Exchange(ref _catalogVersion, version);
        if (before == version || before < 0) return;
        _cache.Clear();
        logger.LogInformation("The catalog changed (version {Version}): cached song resolutions dropped", version);
    }

    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
