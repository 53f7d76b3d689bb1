using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Features;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>
/// An artist the catalog does not know, live: found by exact name (or by a Spotify artist link) on
/// ReccoBeats, its tracks listed, their features fetched (Spotify first when it can, then ReccoBeats),
/// and the tracks stored as reference tracks, so the next search for the artist is local.
/// </summary>
public sealed class ArtistLookup(
    IDbContextFactory<AppDbContext> dbFactory, ReccoBeatsSearch search, ReccoBeatsClient reccoBeats, SongLookupService lookup,
    TimeProvider time, ILogger<ArtistLookup> logger)
{
    /// <summary>The artist named exactly <paramref name="name"/> and its track list; no features are fetched yet.</summary>
    public async Task<ArtistProbe> ProbeAsync(string name, CancellationToken cancellationToken)
    {
        if (!search.IsEnabled) return new(null, [], null);
        var artists = await search.ExactArtistsAsync(name, cancellationToken);
        if (!artists.Succeeded) return new(null, [], artists.Message);
        return await ProbeAsync(artists.Value, cancellationToken);
    }

    /// <summary>The artist behind a Spotify artist link (ReccoBeats takes Spotify ids too).</summary>
    public async Task<ArtistProbe> ProbeBySpotifyIdAsync(string spotifyArtistId, CancellationToken cancellationToken)
    {
        if (!search.IsEnabled) return new(null, [], ReccoBeatsClient.DisabledMessage);
        var artists = await reccoBeats.GetArtistsAsync([spotifyArtistId], cancellationToken);
        if (!artists.Succeeded) return new(null, [], artists.Message);
        return await ProbeAsync(artists.Value, cancellationToken);
    }

    /// <summary>Features for the probed artist's tracks, stored as reference tracks; null when none has features.</summary>
    public async Task<LiveArtist?> ProfileAsync(ArtistProbe probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.Artist is not { } artist || probe.Tracks.Count == 0) return null;
        var features = await lookup.GetFeaturesBatchAsync(probe.Tracks.Select(t => t.SpotifyId), cancellationToken: cancellationToken);
        var withFeatures = probe.Tracks.Where(t => features.Found.ContainsKey(t.SpotifyId)).ToList();
        if (withFeatures.Count == 0) return null;
        var ids = await StoreAsync(withFeatures, features, cancellationToken);
        var tracks = withFeatures
            .Select(t => new ArtistTrack(ids.TryGetValue(t.SpotifyId, out var id) ? id : null, t.SpotifyId, t.Title, t.ArtistNames, t.Popularity,
                features.Found[t.SpotifyId].Features.Features))
            .ToList();
        var source = withFeatures.All(t => features.Found[t.SpotifyId].Source == FeatureSource.Spotify) ? FeatureSource.Spotify : FeatureSource.ReccoBeats;
        return new LiveArtist(artist.Name, tracks, source, features.Notes.Count == 0 ? null : string.Join(" ", features.Notes));
    }

    /// <summary>Of several artists with the same name, the one whose tracks are best known.</summary>
    private async Task<ArtistProbe> ProbeAsync(IReadOnlyList<ReccoBeatsArtist> artists, CancellationToken cancellationToken)
    {
        ArtistProbe? best = null;
        string? failure = null;
        foreach (var artist in artists.Take(3))
        {
            var tracks = await search.ArtistTracksAsync(artist, cancellationToken);
            if (!tracks.Succeeded)
            {
                failure ??= tracks.Message;
                continue;
            }
            var probe = new ArtistProbe(artist, tracks.Value, null);
            if (best is null || probe.TopPopularity > best.TopPopularity) best = probe;
        }
        return best ?? new ArtistProbe(null, [], failure);
    }

    private Task<Dictionary<string, int>> StoreAsync(List<ReccoBeatsTrack> tracks, BatchFeatures features, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = tracks
            .Select(t => TrackRows.Create(t.ToSpotifyTrack(), features.Found[t.SpotifyId].Features, features.Found[t.SpotifyId].Source, Catalogs.Reference, now))
            .ToList();
        return FoundTracks.StoreAsync(dbFactory, rows, logger, cancellationToken);
    }
}
