using System.Data.Common;
using System.Globalization;
using System.Text;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>A catalog song as a playlist row.</summary>
internal sealed record CatalogSong(string SpotifyId, string Title, string Artists);

/// <summary>Playlists as listeners bring them: Exportify CSVs in both layouts, made of real catalog songs.</summary>
internal static class PlaylistFiles
{
    /// <summary>Popular reference songs of the seed catalog (never songs found live by other tests).</summary>
    public static List<CatalogSong> CatalogSongs(SiteFactory site, int count, int skip = 0, int catalogs = 4)
    {
        using var connection = site.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "SpotifyId", "Title", "Artists" FROM "Tracks" WHERE "Catalogs" = {catalogs} AND "Source" NOT IN ('reccobeats', 'spotify') AND "Artists" <> ''
            ORDER BY "Popularity" DESC, "Id" LIMIT {count} OFFSET {skip}
            """;
        using var reader = command.ExecuteReader();
        var songs = new List<CatalogSong>();
        while (reader.Read()) songs.Add(new CatalogSong(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return songs;
    }

    /// <summary>Exportify's "Track URI" layout without feature columns.</summary>
    public static string TrackUriCsv(IEnumerable<CatalogSong> songs)
    {
        var csv = new StringBuilder("\"Track URI\",\"Track Name\",\"Album Name\",\"Artist Name(s)\",\"Release Date\",\"Duration (ms)\",\"Popularity\",\"Explicit\",\"Added By\",\"Added At\"\n");
        foreach (var song in songs)
            csv.Append(CultureInfo.InvariantCulture, $"{Q("spotify:track:" + song.SpotifyId)},{Q(song.Title)},\"Some Album\",{Q(song.Artists.Replace(", ", ",", StringComparison.Ordinal))},\"2020-01-01\",\"200000\",\"50\",\"false\",\"spotify:user:x\",\"2024-01-01T00:00:00Z\"\n");
        return csv.ToString();
    }

    /// <summary>Exportify's "Spotify ID" layout with its audio-feature columns.</summary>
    public static string SpotifyIdCsvWithFeatures(IEnumerable<(string Id, string Title, string Artist, Domain.Catalog.AudioFeatures Features)> songs)
    {
        var csv = new StringBuilder("Spotify ID,Artist IDs,Track Name,Album Name,Artist Name(s),Release Date,Duration (ms),Popularity,Added By,Added At,Genres,Danceability,Energy,Key,Loudness,Mode,Speechiness,Acousticness,Instrumentalness,Liveness,Valence,Tempo,Time Signature\n");
        foreach (var (id, title, artist, f) in songs)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{id},\"x\",{Q(title)},\"Album\",{Q(artist)},2020,200000,50,spotify:user:x,2024-01-01T00:00:00Z,\"pop\",{f.Danceability},{f.Energy},5,{f.Loudness},1,{f.Speechiness},{f.Acousticness},{f.Instrumentalness},{f.Liveness},{f.Valence},{f.Tempo},4\n");
        }
        return csv.ToString();
    }

    private static string Q(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
