using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Features;

/// <summary>ReccoBeats' response shapes, as far as we read them (camelCase on the wire).</summary>
internal static class ReccoBeatsJson
{
    public sealed record Paged<T>(IReadOnlyList<T?>? Content, int? Size, int? TotalElements, int? TotalPages);

    public sealed record Artist(string? Id, string? Name, string? Href);

    public sealed record Named(string? Id, string? Name);

    public sealed record Track(string? Id, string? TrackTitle, IReadOnlyList<Named?>? Artists, string? Href, int? DurationMs, int? Popularity, string? Isrc);

    public static ReccoBeatsArtist? ToArtist(Artist? artist)
    {
        if (artist is null || string.IsNullOrWhiteSpace(artist.Id) || string.IsNullOrWhiteSpace(artist.Name)) return null;
        return new(artist.Id, artist.Name.Trim(), SpotifyLink.TryParseArtistId(artist.Href, out var spotifyId) ? spotifyId : null);
    }

    /// <summary>Null unless the track links to a Spotify track and has a title: those are the ones we can use.</summary>
    public static ReccoBeatsTrack? ToTrack(Track? track)
    {
        if (track is null || string.IsNullOrWhiteSpace(track.TrackTitle) || !SpotifyLink.TryParseTrackId(track.Href, out var spotifyId)) return null;
        var artists = (track.Artists ?? []).Select(a => a?.Name?.Trim()).OfType<string>().Where(n => n.Length > 0).ToList();
        return new(track.Id ?? spotifyId, spotifyId, track.TrackTitle.Trim(), artists, track.DurationMs, track.Popularity, track.Isrc);
    }
}
