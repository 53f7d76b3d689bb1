using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// A dataset layout the importer understands, recognised by its header (see ../shared/data/SOURCES.md).
/// Formats are tried in <see cref="All"/> order; a folder is imported in the same order, so richer
/// metadata (display names, albums, popularity) lands first and later files only fill gaps.
/// </summary>
internal sealed record CatalogFormat(string Name, string Source, IReadOnlyList<string> RequiredColumns, Func<RowFields, ImportRow?> Map)
{
    private static readonly string[] FeatureColumns = [.. AudioFeatures.Names];

    /// <summary>
    /// Kaggle "Spotify Tracks Dataset" (Pandya): genre anime → anime, k-pop → kpop, else reference. Both its
    /// original <c>dataset.csv</c>, which leads with pandas' unnamed index column (an empty header, or
    /// <c>Unnamed: 0</c> once re-saved), and the per-genre rebuild without it: columns are read by name, so
    /// the index is ignored.
    /// </summary>
    public static readonly CatalogFormat MultiGenre = new(
        "multi-genre Spotify tracks dataset",
        "pandya",
        ["track_id", "artists", "album_name", "track_name", "popularity", "track_genre", .. FeatureColumns],
        row =>
        {
            var genre = row.Required("track_genre", "missing genre");
            var artists = SplitArtists(row.Text("artists"));
            return Build(row, "track_id", "track_name") with
            {
                Artists = string.Join(", ", artists),
                ArtistNames = artists,
                Album = row.Text("album_name"),
                Popularity = row.OptionalInt("popularity", 0, 100),
                Genre = genre,
                Catalogs = genre switch
                {
                    "anime" => Catalogs.Anime,
                    "k-pop" => Catalogs.Kpop,
                    _ => Catalogs.Reference,
                },
                Explicit = row.OptionalBool("explicit"),
            };
        });

    /// <summary>Kaggle "Popular Spotify Anime Songs" (Zhu): raw audio-features objects plus a name; all anime.</summary>
    public static readonly CatalogFormat AnimeSongs = new(
        "popular anime songs list",
        "zhu",
        ["id", "name", "uri", "track_href", .. FeatureColumns],
        row => Build(row, "id", "name") with { Catalogs = Catalogs.Anime, Genre = "anime" });

    /// <summary>
    /// Kaggle "kpopwesternsongs" (Wu): type 1 → kpop, 0 → reference; artists are slugs like "bts_k", kept as
    /// <see cref="ImportRow.ArtistSlug"/> (never as the artists shown) unless already a name ("BAEKHYUN").
    /// </summary>
    public static readonly CatalogFormat KpopWestern = new(
        "K-pop/western songs list",
        "wu",
        ["id", "type", "track_name", "album_name", "release_date", "artist", .. FeatureColumns],
        row =>
        {
            var type = row.Text("type");
            var catalogs = type switch
            {
                "1" or "1.0" => Catalogs.Kpop,
                "0" or "0.0" => Catalogs.Reference,
                _ => Catalogs.None,
            };
            var mapped = Build(row, "id", "track_name");
            if (catalogs == Catalogs.None) row.Fail("unknown type", $"type '{type}' is neither 1 (K-pop) nor 0 (western)");
            var artist = row.Text("artist") is { } raw ? ArtistSlug.FromRaw(raw) : null;
            var slug = ArtistSlug.IsSlug(artist, fromSlugList: true);
            return mapped with
            {
                Artists = slug ? "" : artist ?? "",
                ArtistNames = slug || artist is null ? [] : [artist],
                ArtistSlug = slug ? artist : null,
                Album = row.Text("album_name"),
                ReleaseDate = row.Text("release_date"),
                Catalogs = catalogs,
                Genre = catalogs == Catalogs.Kpop ? "k-pop" : null,
            };
        });

    /// <summary>
    /// The derived convenience catalog (category anime / kpop / western). Its rows from the K-pop/western list
    /// (<c>source_id</c> wu_kpop_western_songs) carry that list's slugs, read as in <see cref="KpopWestern"/>.
    /// </summary>
    public static readonly CatalogFormat DerivedCatalog = new(
        "combined anime/K-pop/western catalog",
        "catalog",
        ["category", "track_id", "track_name", "artists", "album_name", "release_date", "popularity", .. FeatureColumns],
        row =>
        {
            var category = row.Required("category", "missing category");
            var catalogs = category switch
            {
                "anime" => Catalogs.Anime,
                "kpop" => Catalogs.Kpop,
                "western" => Catalogs.Reference,
                _ => Catalogs.None,
            };
            var mapped = Build(row, "track_id", "track_name");
            if (catalogs == Catalogs.None && category.Length > 0) row.Fail("unknown category", $"category '{category}' is not anime, kpop or western");
            var artists = SplitArtists(row.Text("artists"));
            var slug = row.Text("source_id") == WuSource && artists.Length == 1 && ArtistSlug.IsSlug(artists[0], fromSlugList: true);
            return mapped with
            {
                Artists = slug ? "" : string.Join(", ", artists),
                ArtistNames = slug ? [] : artists,
                ArtistSlug = slug ? artists[0] : null,
                Album = row.Text("album_name"),
                ReleaseDate = row.Text("release_date"),
                Popularity = row.OptionalInt("popularity", 0, 100),
                Catalogs = catalogs,
                Explicit = row.OptionalBool("explicit"),
            };
        });

    public static IReadOnlyList<CatalogFormat> All { get; } = [MultiGenre, AnimeSongs, KpopWestern, DerivedCatalog];

    public static CatalogFormat? Detect(IReadOnlyCollection<string> header) =>
        All.FirstOrDefault(f => f.RequiredColumns.All(header.Contains));

    private static ImportRow Build(RowFields row, string idColumn, string titleColumn)
    {
        var id = row.SpotifyId(idColumn);
        var title = row.Required(titleColumn, "missing title");
        var features = row.Features();
        return new ImportRow
        {
            SpotifyId = id,
            Title = title,
            Catalogs = Catalogs.None,
            Features = features ?? AudioFeatures.FromArray(new double[AudioFeatures.Count]),
            Key = row.OptionalInt("key", -1, 11),
            Mode = row.OptionalInt("mode", 0, 1),
            TimeSignature = row.OptionalInt("time_signature", 0, 7),
            DurationMs = row.OptionalInt("duration_ms", 0, 24 * 3600 * 1000),
            Line = row.Line,
        };
    }

    private const string WuSource = "wu_kpop_western_songs";

    /// <summary>A ";"-separated credit as its names: "Earth, Wind &amp; Fire" stays one artist.</summary>
    private static string[] SplitArtists(string? artists) =>
        artists is null ? [] : artists.Split(';').Select(a => a.Trim()).Where(a => a.Length > 0).ToArray();
}
