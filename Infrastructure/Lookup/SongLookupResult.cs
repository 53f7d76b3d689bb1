using System.Diagnostics.CodeAnalysis;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>
/// What a lookup found. <see cref="Reason"/> says, in a short sentence fit for the page, why features
/// are unavailable, or which sources failed before the one that served them.
/// </summary>
public sealed record SongLookupResult
{
    public required string SpotifyId { get; init; }

    public required FeatureSource Source { get; init; }

    public AudioFeatures? Features { get; init; }

    /// <summary>Known details of the song; null when no source could name it.</summary>
    public SongInfo? Song { get; init; }

    /// <summary>The catalog row, when the song was local or has just been stored.</summary>
    public int? TrackId { get; init; }

    public Catalogs Catalogs { get; init; }

    public string? Reason { get; init; }

    [MemberNotNullWhen(true, nameof(Features))]
    public bool HasFeatures => Features is not null;

    /// <summary>"local", "spotify", "reccobeats" or "unavailable".</summary>
    public string SourceName => Source switch
    {
        FeatureSource.Local => "local",
        FeatureSource.Spotify => "spotify",
        FeatureSource.ReccoBeats => "reccobeats",
        _ => "unavailable",
    };

    public static SongLookupResult Unavailable(string spotifyId, string reason, SongInfo? song = null) =>
        new() { SpotifyId = spotifyId, Source = FeatureSource.Unavailable, Reason = reason, Song = song };
}
