using System.Globalization;
using System.Text;
using System.Text.Json;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Csv;

namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>
/// Reads what a listener brings as a playlist: an Exportify CSV in either of its layouts (the
/// <c>Track URI</c> one and the <c>Spotify ID</c> one, with or without its audio-feature columns),
/// JSON <c>{"spotifyIds": [...]}</c>, Spotify track links one per line, or one Spotify playlist link.
/// Anything else — empty, binary, a CSV without its header — is refused with a sentence naming the problem.
/// </summary>
public static class PlaylistReader
{
    public const string Expected = "Upload the CSV file Exportify (exportify.net) saved for your playlist, paste its text, or paste Spotify song links one per line.";

    private static readonly string[] IdColumns = ["track uri", "spotify id", "track id", "spotify uri"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PlaylistFile Read(ReadOnlySpan<byte> body, string? contentType, int maxRows)
    {
        if (body.IsEmpty) return PlaylistFile.Refused($"The playlist is empty. {Expected}");
        if (body.Contains((byte)0)) return Binary();
        string text;
        try
        {
            text = StrictUtf8.GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Binary();
        }
        if (text.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')) > text.Length / 100) return Binary();
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return PlaylistFile.Refused($"The playlist is empty. {Expected}");
        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || trimmed[0] is '{' or '[') return ReadJson(trimmed, maxRows);

        var lines = trimmed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 1 && !SpotifyLink.IsSpotifyId(lines[0]) && SpotifyLink.TryParsePlaylistId(lines[0], out var playlistId)) return PlaylistFile.Link(playlistId);
        if (lines.All(l => SpotifyLink.TryParseTrackId(l, out _)))
        {
            if (lines.Length > maxRows) return TooMany(maxRows);
            return new PlaylistFile([.. lines.Select((l, i) => Row(i + 1, l))], null);
        }
        return ReadCsv(text, maxRows);
    }

    private static PlaylistFile ReadCsv(string text, int maxRows)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var header = reader.Read()!.Select(h => h.Trim()).ToArray();
        int Column(string name) => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var idColumn = IdColumns.Select(Column).FirstOrDefault(i => i >= 0, -1);
        if (idColumn < 0)
        {
            return PlaylistFile.Refused(header.Any(h => SpotifyLink.TryParseTrackId(h, out _))
                ? $"The file has no header row: its first line is already a song. Exportify's files start with a line naming the columns (\"Track URI\" or \"Spotify ID\", \"Track Name\", ...). {Expected}"
                : $"The file has no \"Track URI\" or \"Spotify ID\" column, so it is not an Exportify export. {Expected}");
        }
        var title = Column("track name");
        var artists = Column("artist name(s)");
        var features = AudioFeatures.Names.Select(Column).ToArray();
        var rows = new List<PlaylistRow>();
        while (reader.Read() is { } record)
        {
            if (record.Length == 1 && record[0].Trim().Length == 0) continue;
            if (rows.Count == maxRows) return TooMany(maxRows);
            string Cell(int i) => i >= 0 && i < record.Length ? record[i].Trim() : "";
            var row = Row(rows.Count + 1, Cell(idColumn)) with { Title = Cell(title), Artists = JoinArtists(Cell(artists)) };
            rows.Add(features.All(i => i >= 0) ? row with { Features = ReadFeatures(features.Select(Cell).ToArray()) } : row);
        }
        if (reader.EndedInsideQuotes) return PlaylistFile.Refused("The file ends inside a quoted field: it looks cut short. Export the playlist again.");
        if (rows.Count == 0) return PlaylistFile.Refused($"The file has a header but no songs. {Expected}");
        return new PlaylistFile(rows, null);
    }

    private static PlaylistFile ReadJson(string text, int maxRows)
    {
        const string shape = "Send JSON like {\"spotifyIds\": [\"7qiZfU4dY1lWllzX7mPBI3\", ...]} (ids, links or spotify:track: URIs).";
        JsonElement ids;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("spotifyIds", out var found)) ids = found.Clone();
            else if (root.ValueKind == JsonValueKind.Array) ids = root.Clone();
            else return PlaylistFile.Refused($"The JSON has no \"spotifyIds\". {shape}");
        }
        catch (JsonException)
        {
            return PlaylistFile.Refused($"The body is not valid JSON. {shape}");
        }
        if (ids.ValueKind != JsonValueKind.Array) return PlaylistFile.Refused($"\"spotifyIds\" must be a list. {shape}");
        if (ids.GetArrayLength() == 0) return PlaylistFile.Refused($"\"spotifyIds\" is empty. {shape}");
        if (ids.GetArrayLength() > maxRows) return TooMany(maxRows);
        return new PlaylistFile([.. ids.EnumerateArray().Select((id, i) => Row(i + 1, id.ValueKind == JsonValueKind.String ? id.GetString() ?? "" : id.ToString()))], null);
    }

    private static PlaylistRow Row(int row, string id)
    {
        if (SpotifyLink.TryParseTrackId(id, out var spotifyId)) return new PlaylistRow(row, spotifyId, "", "");
        var problem = id.Length == 0 ? "no Spotify id"
            : id.StartsWith("spotify:local:", StringComparison.OrdinalIgnoreCase) ? "a local file, not on Spotify"
            : id.StartsWith("spotify:episode:", StringComparison.OrdinalIgnoreCase) ? "a podcast episode, not a song"
            : "not a Spotify track id";
        return new PlaylistRow(row, null, "", "", Problem: problem);
    }

    private static AudioFeatures? ReadFeatures(string[] cells)
    {
        var values = new double[AudioFeatures.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])) return null;
        }
        var features = AudioFeatures.FromArray(values);
        return features.FindInvalid() is null ? features : null;
    }

    // Exportify joins a song's artists with commas; the catalog writes ", ".
    private static string JoinArtists(string artists) =>
        string.Join(", ", artists.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static PlaylistFile Binary() =>
        PlaylistFile.Refused($"The file is not text (it looks like a binary file), so it cannot be a playlist export. {Expected}");

    private static PlaylistFile TooMany(int maxRows) =>
        PlaylistFile.Refused($"The playlist has more than {maxRows} songs. Split it into smaller playlists and try one of them.");
}
