using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

public sealed class Track
{
    public const int TitleMaxLength = 1000;
    public const int ArtistsMaxLength = 2000;
    public const int AlbumMaxLength = 1000;
    public const int GenresMaxLength = 500;
    public const int SearchTextMaxLength = 4000;
    public const int ArtistSlugMaxLength = 100;
    public const int IsrcMaxLength = 16;

    public int Id { get; set; }

    /// <summary>Spotify's base-62 track id (22 characters).</summary>
    public required string SpotifyId { get; set; }

    public required string Title { get; set; }

    /// <summary>
    /// Display artists, joined with ", " ("" when none is known); never a slug. The credit as a list is
    /// <see cref="Credits"/>.
    /// </summary>
    public string Artists { get; set; } = "";

    /// <summary>The slug the K-pop/western list files this track under ("taylor", "hungha"); never shown.</summary>
    public string? ArtistSlug { get; set; }

    /// <summary>
    /// <see cref="Artists"/> holds the display name learned for <see cref="ArtistSlug"/>, not a credit a file or
    /// a metadata provider gave, so a real credit may replace it and it is no evidence for learning.
    /// </summary>
    public bool ArtistsFromSlug { get; set; }

    /// <summary>The song this track is a version of: the smallest track id of its group (target catalogs only).</summary>
    public int? SongId { get; set; }

    /// <summary>The recording's ISRC, from a metadata provider.</summary>
    public string? Isrc { get; set; }

    /// <summary>When the metadata providers last answered for this track (null: never asked).</summary>
    public DateTime? EnrichedAt { get; set; }

    public List<TrackArtist> Credits { get; set; } = [];

    public string? Album { get; set; }

    /// <summary>As the source gives it: a year, year-month or full date.</summary>
    public string? ReleaseDate { get; set; }

    public int? Popularity { get; set; }

    /// <summary>Source genres, joined with ", " (for example "anime, j-pop").</summary>
    public string? Genres { get; set; }

    public Catalogs Catalogs { get; set; }

    /// <summary>Where the track first came from: a dataset key, "spotify" or "reccobeats".</summary>
    public required string Source { get; set; }

    public double Danceability { get; set; }

    public double Energy { get; set; }

    public double Loudness { get; set; }

    public double Speechiness { get; set; }

    public double Acousticness { get; set; }

    public double Instrumentalness { get; set; }

    public double Liveness { get; set; }

    public double Valence { get; set; }

    public double Tempo { get; set; }

    public int? Key { get; set; }

    public int? Mode { get; set; }

    public int? TimeSignature { get; set; }

    public int? DurationMs { get; set; }

    public bool? Explicit { get; set; }

    /// <summary>Lower-case, accent-free "title artists album" for case-insensitive search on every provider.</summary>
    public string SearchText { get; set; } = "";

    public DateTime AddedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public AudioFeatures Features
    {
        get => new(Danceability, Energy, Loudness, Speechiness, Acousticness, Instrumentalness, Liveness, Valence, Tempo);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            (Danceability, Energy, Loudness, Speechiness, Acousticness) =
                (value.Danceability, value.Energy, value.Loudness, value.Speechiness, value.Acousticness);
            (Instrumentalness, Liveness, Valence, Tempo) = (value.Instrumentalness, value.Liveness, value.Valence, value.Tempo);
        }
    }
}
