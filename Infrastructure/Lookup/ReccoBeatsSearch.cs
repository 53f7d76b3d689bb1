using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>A song ReccoBeats found for typed text, or why none was found (a sentence fit to show).</summary>
public sealed record ReccoBeatsFind(ReccoBeatsTrack? Track, string? Failure);

/// <summary>
/// Finds songs and artists by name through ReccoBeats, without a key: an artist search on the artist
/// part of each plausible reading of the text (<see cref="SongTextSplits"/>), keeping only artists named
/// exactly so (<see cref="ArtistCredit.Key"/>), then the artist's tracks matched against the title part
/// (<see cref="SongMatch"/>). Answers (not failures) are remembered for <see cref="ReccoBeatsOptions.SearchMemory"/>,
/// so a name is not asked twice while one text is resolved, nor again when the same text comes back.
/// </summary>
public sealed class ReccoBeatsSearch(ReccoBeatsClient reccoBeats, IMemoryCache memory, IOptions<ReccoBeatsOptions> options)
{

    public bool IsEnabled => reccoBeats.IsEnabled;

    /// <summary>Artists named exactly <paramref name="name"/> (case, accents, spacing and punctuation aside).</summary>
    public async Task<ServiceResult<IReadOnlyList<ReccoBeatsArtist>>> ExactArtistsAsync(string name, CancellationToken cancellationToken)
    {
        var key = ArtistCredit.Key(name);
        if (key.Length == 0) return ServiceResult<IReadOnlyList<ReccoBeatsArtist>>.Success([]);
        if (memory.TryGetValue(("reccobeats-artists", key), out ServiceResult<IReadOnlyList<ReccoBeatsArtist>>? known) && known is not null) return known;
        var found = await reccoBeats.SearchArtistsAsync(name, 25, cancellationToken);
        var exact = found.Map<IReadOnlyList<ReccoBeatsArtist>>(artists => [.. artists.Where(a => ArtistCredit.Key(a.Name) == key).DistinctBy(a => a.Id)]);
        // A failure is not remembered: the next request may find the service back.
        if (exact.Succeeded) Remember(("reccobeats-artists", key), exact);
        return exact;
    }

    /// <summary>The artist's tracks, page after page up to <see cref="ReccoBeatsOptions.MaxArtistTrackPages"/>.</summary>
    public async Task<ServiceResult<IReadOnlyList<ReccoBeatsTrack>>> ArtistTracksAsync(ReccoBeatsArtist artist, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(artist);
        if (memory.TryGetValue(("reccobeats-tracks", artist.Id), out ServiceResult<IReadOnlyList<ReccoBeatsTrack>>? known) && known is not null) return known;
        var tracks = new List<ReccoBeatsTrack>();
        for (var page = 0; page < options.Value.MaxArtistTrackPages; page++)
        {
            var result = await reccoBeats.GetArtistTracksAsync(artist.Id, page, ReccoBeatsClient.MaxPageSize, cancellationToken);
            if (!result.Succeeded)
            {
                // What the first pages gave is still worth using; only an empty start is a failure.
                if (tracks.Count == 0) return result;
                break;
            }
            tracks.AddRange(result.Value);
            if (result.Value.Count < ReccoBeatsClient.MaxPageSize) break;
        }
        var all = ServiceResult<IReadOnlyList<ReccoBeatsTrack>>.Success([.. tracks.DistinctBy(t => t.SpotifyId, StringComparer.Ordinal)]);
        Remember(("reccobeats-tracks", artist.Id), all);
        return all;
    }

    /// <summary>
    /// The song the text names, reading it every plausible way until one matches: its artist is named
    /// exactly like the artist part and its title matches the title part. The best version wins (the
    /// title as typed, then the original), then the more popular.
    /// </summary>
    public async Task<ReccoBeatsFind> FindSongAsync(string text, CancellationToken cancellationToken)
    {
        if (!IsEnabled) return new(null, ReccoBeatsClient.DisabledMessage);
        string? failure = null;
        var searches = 0;
        foreach (var split in SongTextSplits.Of(text, max: 4 * options.Value.MaxArtistSearches))
        {
            var cached = memory.TryGetValue(("reccobeats-artists", ArtistCredit.Key(split.Artist)), out _);
            if (!cached && searches++ >= options.Value.MaxArtistSearches) break;
            var artists = await ExactArtistsAsync(split.Artist, cancellationToken);
            if (!artists.Succeeded)
            {
                failure ??= artists.Message;
                // An open breaker or a rate limit will not pass for the next reading either.
                if (artists.Failure is ServiceFailure.CircuitOpen or ServiceFailure.RateLimited or ServiceFailure.QuotaExceeded or ServiceFailure.Timeout) break;
                continue;
            }
            foreach (var artist in artists.Value)
            {
                var tracks = await ArtistTracksAsync(artist, cancellationToken);
                if (!tracks.Succeeded)
                {
                    failure ??= tracks.Message;
                    continue;
                }
                var match = tracks.Value
                    .Where(t => SongMatch.SameTitle(t.Title, split.Title))
                    .OrderBy(t => SongMatch.Preference(t.Title, split.Title))
                    .ThenByDescending(t => t.Popularity ?? -1)
                    .FirstOrDefault();
                if (match is not null) return new(match, null);
            }
        }
        return new(null, failure);
    }

    private void Remember<T>((string, string) key, T value)
    {
        if (options.Value.SearchMemory > TimeSpan.Zero) memory.Set(key, value, options.Value.SearchMemory);
    }
}
