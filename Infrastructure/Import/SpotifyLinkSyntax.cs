namespace MusicRecommender.Infrastructure.Import;

internal static class SpotifyLinkSyntax
{
    /// <summary>Spotify ids are 22 characters of base 62.</summary>
    public static bool IsTrackId(string text) => text.Length == 22 && text.All(char.IsAsciiLetterOrDigit);
}
