using System.Globalization;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Domain.Tests.Catalog;

/// <summary>
/// The four real files in ../shared/data as the importer stores them: one track per Spotify id in import order
/// (multi-genre, popular anime, K-pop/western, derived catalog), ";" credits joined with ", ", the first non-empty
/// artists and album kept, the K-pop/western list's "_k" suffix removed and its artists marked as slugs. Loaded
/// once; read-only.
/// </summary>
internal sealed class RealCatalog
{
    private static readonly Lazy<RealCatalog> Instance = new(Load);

    public static RealCatalog Value => Instance.Value;

    public required IReadOnlyList<SongTrack> Tracks { get; init; }

    public required IReadOnlyDictionary<string, int> IdsBySpotifyId { get; init; }

    /// <summary>Every K-pop/western row whose Spotify id the multi-genre file credits too.</summary>
    public required IReadOnlyList<SlugSighting> Sightings { get; init; }

    /// <summary>The K-pop/western list's artist column as stored (suffix removed), junk rows excluded.</summary>
    public required IReadOnlyList<string> SlugListArtists { get; init; }

    public required IReadOnlyList<string> MultiGenreArtists { get; init; }

    public SongTrack ById(string spotifyId) => Tracks[IdsBySpotifyId[spotifyId] - 1];

    /// <summary>Tracks whose title and credit read exactly so (ordinal).</summary>
    public IReadOnlyList<SongTrack> Find(string title, string artists) =>
        Tracks.Where(t => t.Title == title && t.Artists == artists).ToArray();

    private static readonly string[] FeatureColumns =
        ["danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo"];

    private static RealCatalog Load()
    {
        var rows = new List<Row>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var multiGenreArtists = new Dictionary<string, string>(StringComparer.Ordinal);
        var slugArtists = new List<string>();
        var sightings = new List<SlugSighting>();

        foreach (var row in Read("spotify_tracks_multigenre.csv"))
        {
            var artists = Join(row["artists"]);
            multiGenreArtists.TryAdd(row["track_id"], artists);
            Add(row["track_id"], row["track_name"], artists, row["album_name"], row, slug: false);
        }
        foreach (var row in Read("anime_tracks_popular_spotify.csv")) Add(row["id"], row["name"], "", "", row, slug: false);
        foreach (var row in Read("kpop_western_tracks.csv"))
        {
            if (row["artist"] == ".DS_Store") continue;
            var artist = ArtistSlug.FromRaw(row["artist"]);
            slugArtists.Add(artist);
            if (multiGenreArtists.TryGetValue(row["id"], out var credited)) sightings.Add(new SlugSighting(artist, credited));
            Add(row["id"], row["track_name"], artist, row["album_name"], row, slug: ArtistSlug.IsSlug(artist, fromSlugList: true));
        }
        foreach (var row in Read("tracks_catalog_anime_kpop_western.csv"))
        {
            var fromSlugList = row["source_id"] == "wu_kpop_western_songs";
            var artists = Join(row["artists"]);
            Add(row["track_id"], row["track_name"], artists, row["album_name"], row, slug: ArtistSlug.IsSlug(artists, fromSlugList));
        }

        var tracks = rows.Select((r, i) => new SongTrack(i + 1, r.Title, r.Artists, r.Album, null, r.DurationMs, r.Features, r.Slug)).ToArray();
        return new RealCatalog
        {
            Tracks = tracks,
            IdsBySpotifyId = byId.ToDictionary(p => p.Key, p => p.Value + 1, StringComparer.Ordinal),
            Sightings = sightings,
            SlugListArtists = slugArtists,
            MultiGenreArtists = multiGenreArtists.Values.SelectMany(ArtistCredit.Split).Distinct().ToArray(),
        };

        void Add(string spotifyId, string title, string artists, string album, Dictionary<string, string> row, bool slug)
        {
            if (spotifyId.Length == 0 || title.Length == 0) return;
            if (byId.TryGetValue(spotifyId, out var index))
            {
                var current = rows[index];
                if (current.Artists.Length == 0 && artists.Length > 0) current = current with { Artists = artists, Slug = slug };
                if (current.Album.Length == 0) current = current with { Album = album };
                rows[index] = current;
                return;
            }
            byId.Add(spotifyId, rows.Count);
            rows.Add(new Row(title, artists, album, Duration(row), Features(row), slug));
        }
    }

    private static IEnumerable<Dictionary<string, string>> Read(string file)
    {
        var path = SharedFiles.Data(file);
        var header = File.ReadLines(path).First().Split(',');
        foreach (var fields in SharedFiles.ReadRows(path))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < fields.Length; i++) row[header[i]] = fields[i];
            yield return row;
        }
    }

    private static string Join(string artists) =>
        string.Join(", ", artists.Split(';').Select(a => a.Trim()).Where(a => a.Length > 0));

    private static int? Duration(Dictionary<string, string> row) =>
        double.TryParse(row.GetValueOrDefault("duration_ms"), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? (int)ms : null;

    private static AudioFeatures Features(Dictionary<string, string> row) =>
        AudioFeatures.FromArray(FeatureColumns.Select(c =>
            double.TryParse(row.GetValueOrDefault(c), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray());

    private sealed record Row(string Title, string Artists, string Album, int? DurationMs, AudioFeatures Features, bool Slug);
}
