using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>One valid row of a catalog file, in the product's terms.</summary>
public sealed record ImportRow
{
    public required string SpotifyId { get; init; }

    public required string Title { get; init; }

    public string Artists { get; init; } = "";

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
