using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Lookup;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// An artist as a seed: their profile is the mean of their tracks' features, from the catalog when it
/// holds enough of them (<see cref="LiveLookupOptions.MinArtistTracks"/>), else fetched live (and stored).
/// The artist is found by exact name (<see cref="ArtistCredit.Key"/>): "Coldplay", "coldplay", "COLD PLAY".
/// </summary>
public sealed class ArtistResolver(TrackSearch search, ArtistLookup live, IOptions<LiveLookupOptions> options)
{
    public Task<IReadOnlyList<ArtistTrack>> LocalTracksAsync(string name, CancellationToken cancellationToken) =>
        search.ArtistTracksAsync(name, options.Value.MaxArtistTracks, cancellationToken);

    /// <summary>Whether the catalog alone makes a good enough profile, without asking a live source.</summary>
    public bool IsEnough(IReadOnlyList<ArtistTrack> local)
    {
        ArgumentNullException.ThrowIfNull(local);
        return local.Count >= options.Value.MinArtistTracks;
    }

    public Task<ArtistProbe> ProbeAsync(string name, CancellationToken cancellationToken) => live.ProbeAsync(name, cancellationToken);

    public Task<ArtistProbe> ProbeBySpotifyIdAsync(string spotifyArtistId, CancellationToken cancellationToken) =>
        live.ProbeBySpotifyIdAsync(spotifyArtistId, cancellationToken);

    /// <summary>The probed artist's profile (features fetched and stored), or null when none of their tracks has features.</summary>
    public async Task<SongResolution?> LiveAsync(ArtistProbe probe, CancellationToken cancellationToken)
    {
        var artist = await live.ProfileAsync(probe, cancellationToken);
        if (artist is null) return null;
        var source = artist.Source == FeatureSource.Spotify ? SongLookupService.SourceSpotify : SongLookupService.SourceReccoBeats;
        return SongResolution.Found(Seed(artist.Name, artist.Tracks.Take(options.Value.MaxArtistTracks).ToList(), source), artist.Notice);
    }

    public static SongResolution FromLocal(string typed, IReadOnlyList<ArtistTrack> tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        return SongResolution.Found(Seed(DisplayName(typed, tracks), tracks, "local"));
    }

    public static ResolvedSong Seed(string name, IReadOnlyList<ArtistTrack> tracks, string source)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        return new ResolvedSong(null, null, "", name, FeatureProfile.Mean(tracks.Select(t => t.Features).ToList()), source)
        {
            Kind = SeedKind.Artist,
            OwnTracks = tracks.Select(t => t.TrackId).OfType<int>().ToHashSet(),
            ArtistKey = ArtistCredit.Key(name),
        };
    }

    /// <summary>The artist's name as their credits spell it most often ("coldplay" typed → "Coldplay").</summary>
    private static string DisplayName(string typed, IReadOnlyList<ArtistTrack> tracks)
    {
        var key = ArtistCredit.Key(typed);
        return tracks
            .Select(t => ArtistCredit.Split(t.Artists).FirstOrDefault(name => ArtistCredit.Key(name) == key))
            .OfType<string>()
            .GroupBy(name => name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? typed.Trim();
    }
}
