using Microsoft.Extensions.Caching.Memory;

namespace MusicRecommender.Web.Experiments;

/// <summary>
/// Stored assignments (experiment, rater → variant) this site has read or written, so a returning rater's
/// list needs no lookup. Bounded; an assignment never changes once stored, so entries never go stale.
/// </summary>
public sealed class AssignmentCache : IDisposable
{
    private const int Capacity = 200_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public string? Get(int experimentId, string raterId) => _cache.Get<string>((experimentId, raterId));

    public void Set(int experimentId, string raterId, string variant) =>
        _cache.Set((experimentId, raterId), variant, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });

    public void Dispose() => _cache.Dispose();
}
