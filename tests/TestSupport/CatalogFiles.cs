using System.Globalization;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.TestSupport;

/// <summary>
/// Small catalog files in the real datasets' layouts (headers copied from ../shared/data), for tests that need a
/// few chosen rows rather than the whole seed. Ids are made up ("Test" and 18 digits), so they meet no real track.
/// </summary>
public static class CatalogFiles
{
    public const string MultiGenreHeader =
        "track_id,artists,album_name,track_name,popularity,duration_ms,explicit,danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,valence,tempo,time_signature,track_genre";

    public const string SlugListHeader =
        "danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,valence,tempo,type,id,uri,track_href,analysis_url,duration_ms,time_signature,track_name,album_name,short_album_name,release_date,album_id,artist";

    public static string Id(int number) => "Test" + number.ToString("D18", CultureInfo.InvariantCulture);

    /// <summary>A multi-genre row: artists ";"-separated as in the file; genre "anime", "k-pop" or another.</summary>
    public static string MultiGenreRow(string id, string artists, string album, string title, string genre, AudioFeatures features, int durationMs = 200_000, int popularity = 50) =>
        Invariant($"{id},{Quote(artists)},{Quote(album)},{Quote(title)},{popularity},{durationMs},False,{features.Danceability},{features.Energy},5,{features.Loudness},1,{features.Speechiness},{features.Acousticness},{features.Instrumentalness},{features.Liveness},{features.Valence},{features.Tempo},4,{genre}");

    /// <summary>A K-pop/western list row: type 1 (K-pop) or 0 (western), the artist as its slug ("bts_k", "taylor").</summary>
    public static string SlugListRow(string id, string slug, string album, string title, int type, AudioFeatures features, int durationMs = 200_000, string releaseDate = "2020-01-01") =>
        Invariant($"{features.Danceability},{features.Energy},5.0,{features.Loudness},1.0,{features.Speechiness},{features.Acousticness},{features.Instrumentalness},{features.Liveness},{features.Valence},{features.Tempo},{type},{id},spotify:track:{id},https://api.spotify.com/v1/tracks/{id},https://api.spotify.com/v1/audio-analysis/{id},{durationMs}.0,4.0,{Quote(title)},{Quote(album)},{Quote(album)},{releaseDate},album{id},{slug}");

    /// <summary>Features that differ per number (so no two rows look like one recording) and stay in range.</summary>
    public static AudioFeatures FeaturesFor(int number)
    {
        var t = number % 17 / 17.0;
        var u = number % 7 / 7.0;
        return new(0.4 + t * 0.5, 0.3 + u * 0.6, -12 + t * 8, 0.03 + u * 0.2, 0.1 + t * 0.5, u * 0.01, 0.1 + t * 0.3, 0.2 + u * 0.7, 80 + number % 90);
    }

    public static string Write(string folder, string name, string header, IEnumerable<string> rows)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
