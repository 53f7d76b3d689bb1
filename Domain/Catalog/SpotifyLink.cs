using System.Diagnostics.CodeAnalysis;

namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Recognises what listeners paste for a Spotify track (or an admin for a playlist): an
/// open.spotify.com link (with a query string, a locale segment such as <c>/intl-de/</c> or an
/// <c>/embed/</c> prefix), a <c>spotify:track:</c> URI or a bare 22-character base-62 id.
/// </summary>
public static class SpotifyLink
{
    public const int TrackIdLength = 22;

    public static bool TryParseTrackId(string? input, [NotNullWhen(true)] out string? trackId) =>
        TryParse(input, "track", out trackId);

    /// <summary>The same forms as <see cref="TryParseTrackId"/> for a playlist (<c>/playlist/ID</c>, <c>spotify:playlist:ID</c>).</summary>
    public static bool TryParsePlaylistId(string? input, [NotNullWhen(true)] out string? playlistId) =>
        TryParse(input, "playlist", out playlistId);

    /// <summary>An artist link or URI (<c>/artist/ID</c>, <c>spotify:artist:ID</c>), or a bare id.</summary>
    public static bool TryParseArtistId(string? input, [NotNullWhen(true)] out string? artistId) =>
        TryParse(input, "artist", out artistId);

    /// <summary>True only for a link or URI, not a bare id: a 22-letter word typed in a search box stays text.</summary>
    public static bool TryParseTrackLink(string? input, [NotNullWhen(true)] out string? trackId)
    {
        trackId = null;
        return !IsSpotifyId(input?.Trim()) && TryParseTrackId(input, out trackId);
    }

    /// <summary>True for exactly 22 ASCII letters and digits, the shape of every Spotify id (tracks, playlists, ...).</summary>
    public static bool IsSpotifyId([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length != TrackIdLength) return false;
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return true;
    }

    public static string TrackUrl(string trackId) => $"https://open.spotify.com/track/{trackId}";

    private static bool TryParse(string? input, string kind, [NotNullWhen(true)] out string? id)
    {
        id = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text)) return false;

        var uriPrefix = $"spotify:{kind}:";
        if (text.StartsWith(uriPrefix, StringComparison.OrdinalIgnoreCase))
            return Accept(text[uriPrefix.Length..], out id);
        if (IsSpotifyId(text))
        {
            id = text;
            return true;
        }

        // Links copied from a phone often lack the scheme.
        if (text.StartsWith("open.spotify.com/", StringComparison.OrdinalIgnoreCase)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return false;
        if (!uri.Host.Equals("open.spotify.com", StringComparison.OrdinalIgnoreCase)) return false;

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        if (i < segments.Length && segments[i].StartsWith("intl-", StringComparison.OrdinalIgnoreCase)) i++;
        if (i < segments.Length && segments[i].Equals("embed", StringComparison.OrdinalIgnoreCase)) i++;
        if (segments.Length != i + 2 || !segments[i].Equals(kind, StringComparison.OrdinalIgnoreCase)) return false;
        return Accept(segments[i + 1], out id);
    }

    private static bool Accept(string candidate, [NotNullWhen(true)] out string? trackId)
    {
        trackId = IsSpotifyId(candidate) ? candidate : null;
        return trackId is not null;
    }
}
