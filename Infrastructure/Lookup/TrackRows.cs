using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>A catalog row for a track found live, shared by the song lookup and the playlist import.</summary>
internal static class TrackRows
{
    public static Track Create(SpotifyTrack track, TrackFeatures features, FeatureSource source, Catalogs catalogs, DateTime now) => new()
    {
        SpotifyId = track.Id,
        Title = Clip(track.Title, 500),
        Artists = Clip(track.ArtistNames, 1000),
        Album = track.Album is null ? null : Clip(track.Album, 500),
        ReleaseDate = track.ReleaseDate is null ? null : Clip(track.ReleaseDate, 32),
        Popularity = track.Popularity,
        Catalogs = catalogs,
        Source = source == FeatureSource.Spotify ? SongLookupService.SourceSpotify : SongLookupService.SourceReccoBeats,
        Features = features.Features,
        Key = features.Key,
        Mode = features.Mode,
        TimeSignature = features.TimeSignature,
        DurationMs = track.DurationMs ?? features.DurationMs,
        Explicit = track.Explicit,
        SearchText = Clip(SearchTextNormalizer.ForTrack(track.Title, track.ArtistNames, track.Album), 2000),
        AddedAt = now,
        UpdatedAt = now,
    };

    private static string Clip(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
