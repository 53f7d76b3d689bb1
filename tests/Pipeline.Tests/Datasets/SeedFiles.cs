using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MusicRecommender.Pipeline.Tests.Datasets;

/// <summary>
/// Small files in the three upstream layouts (../shared/data/SOURCES.md), with made-up tracks: the
/// multi-genre dataset as Kaggle publishes it (its leading unnamed pandas index column), the popular
/// anime songs list and the K-pop/western list.
/// </summary>
public static class SeedFiles
{
    private const string Features = "danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,valence,tempo";

    /// <summary>2 anime, 2 k-pop and 3 pop rows.</summary>
    public static byte[] MultiGenre()
    {
        var text = new StringBuilder(",track_id,artists,album_name,track_name,popularity,duration_ms,explicit," + Features + ",time_signature,track_genre\n");
        string[] genres = ["anime", "anime", "k-pop", "k-pop", "pop", "pop", "pop"];
        for (var i = 0; i < genres.Length; i++)
            text.Append(CultureInfo.InvariantCulture, $"{i},{Id('M', i)},Zorb Artist {i};Guest,Album {i},Multi Song {i},{40 + i},200000,False,{Sound(i)},4,{genres[i]}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>3 anime songs (raw audio-features objects plus a name).</summary>
    public static byte[] AnimeSongs()
    {
        var text = new StringBuilder("," + Features + ",type,id,uri,track_href,analysis_url,duration_ms,time_signature,name\n");
        for (var i = 0; i < 3; i++)
        {
            var id = Id('A', i);
            text.Append(CultureInfo.InvariantCulture, $"0,{Sound(i)},audio_features,{id},spotify:track:{id},https://api.spotify.com/v1/tracks/{id},"
                + $"https://api.spotify.com/v1/audio-analysis/{id},210000,4,Anime Song {i}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>2 K-pop (type 1) and 2 western (type 0) rows.</summary>
    public static byte[] KpopWestern()
    {
        var text = new StringBuilder(Features + ",type,id,uri,track_href,analysis_url,duration_ms,time_signature,track_name,album_name,short_album_name,release_date,album_id,artist\n");
        for (var i = 0; i < 4; i++)
        {
            var id = Id('K', i);
            text.Append(CultureInfo.InvariantCulture, $"{Sound(i)},{(i < 2 ? 1 : 0)},{id},spotify:track:{id},https://api.spotify.com/v1/tracks/{id},"
                + $"https://api.spotify.com/v1/audio-analysis/{id},190000.0,4.0,Wu Song {i},Wu Album,Wu,2020-01-0{i + 1},{Id('B', i)},{(i < 2 ? "zorbgroup_k" : "zorbsinger")}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A 22-character Spotify-shaped id unique per prefix and index.</summary>
    public static string Id(char prefix, int index) => $"{prefix}{index:D3}".PadRight(22, 'x');

    private static string Sound(int i) => string.Create(CultureInfo.InvariantCulture,
        $"{0.3 + 0.05 * i},{0.4 + 0.05 * i},{i % 12},{-8.0 + i},{i % 2},0.05,{0.1 + 0.02 * i},0.0,0.12,{0.5 - 0.03 * i},{100 + 7 * i}");
}
