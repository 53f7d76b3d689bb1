namespace MusicRecommender.Web.Playlists;

/// <summary>Reads an upload or a request body, but never more than the configured limit.</summary>
public static class PlaylistBody
{
    /// <summary>The bytes, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long? length, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (length > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static string TooLarge(int maxBytes) =>
        $"The playlist is larger than {maxBytes / 1024:N0} KB. Split it into smaller playlists and try one of them.";
}
