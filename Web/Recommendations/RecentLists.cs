using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Impressions this site stored lately, by id (a rating, or the list shown again, needs no lookup) and by
/// what was asked (the same list asked again within <see cref="ImpressionOptions.RepeatWindow"/> reuses its
/// impression instead of writing new rows: reloads and floods cost no writes). Bounded; a miss falls back
/// to the database.
/// </summary>
public sealed class RecentLists : IDisposable
{
    private static readonly TimeSpan ById = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _lists;
    private readonly MemoryCache _repeats;
    private readonly ImpressionOptions _options;

    public RecentLists(IOptions<ImpressionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var size = Math.Max(1, _options.RememberedLists);
        _lists = new MemoryCache(new MemoryCacheOptions { SizeLimit = size });
        _repeats = new MemoryCache(new MemoryCacheOptions { SizeLimit = size });
    }

    public RecentList? Get(Guid id) => _options.RememberedLists > 0 ? _lists.Get<RecentList>(id) : null;

    /// <summary>The list this rater was shown for the same request lately, if any.</summary>
    public RecentList? Repeat(string key) =>
        _options.RepeatWindowSeconds > 0 && _repeats.Get<Guid?>(key) is { } id ? Get(id) : null;

    public void Add(RecentList list, string? repeatKey)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (_options.RememberedLists == 0) return;
        _lists.Set(list.Id, list, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = ById });
        if (repeatKey is not null && _options.RepeatWindowSeconds > 0)
            _repeats.Set(repeatKey, (Guid?)list.Id, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.RepeatWindow });
    }

    /// <summary>What makes two requests "the same list": rater, song, catalog, size, search width and where it is shown.</summary>
    public static string RepeatKey(string raterId, SongQuery query, RecommendationOptions options, string source)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        return string.Join('|', raterId, source, options.Catalog, options.Top, options.NProbe, options.Exact, options.MaxPerArtist, query.ToString());
    }

    public void Dispose()
    {
        _lists.Dispose();
        _repeats.Dispose();
    }
}
