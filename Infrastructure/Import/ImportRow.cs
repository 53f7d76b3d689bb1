using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>One valid row of a catalog file, in the product's terms.</summary>
public sealed record ImportRow
{
    public required string SpotifyId { get; init; }

    public required string Title { get; init; }

    /// <summary>The credit shown, joined with ", "; never a slug.</summary>
    public string Artists { get; init; } = "";

    /// <summary>The credit as the file lists it, one name each (empty when the file names no artist).</summary>
    public IReadOnlyList<string> ArtistNames { get; init; } = [];

    /// <summary>The K-pop/western list's slug for the artist ("taylor"); the identity step finds its name.</summary>
    public string? ArtistSlug { get; init; }

    /// <summary>The stored <see cref="Artists"/> is a slug's learned name, which a real credit replaces.</summary>
    public bool ArtistsFromSlug { get; init; }

    public string? Album { get; init; }

    public string? ReleaseDate { get; init; }

    public int? Popularity { get; init; }

    public string? Genre { get; init; }

    public required Catalogs Catalogs { get; init; }

    public required AudioFeatures Features { get; init; }

    public int? Key { get; init; }

    public int? Mode { get; init; }

    public int? TimeSignature { get; init; }

    public int? DurationMs { get; init; }

    public bool? Explicit { get; init; }

    /// <summary>1-based line number in the file, for messages.</summary>
    public int Line { get; init; }
}

/// <summary>A row the importer skipped, with why.</summary>
public sealed record RejectedRow(int Line, string Reason, string Detail);
