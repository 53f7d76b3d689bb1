namespace MusicRecommender.Infrastructure.Enrichment;

/// <summary>A stored track the providers are asked about; filled in place, never blanked.</summary>
internal sealed class EnrichmentCandidate
{
    public int Id { get; init; }

    public required string SpotifyId { get; init; }

    public required string Artists { get; set; }

    public bool ArtistsFromSlug { get; set; }

    public IReadOnlyList<string>? ArtistNames { get; set; }

    public string? Album { get; set; }

    public string? ReleaseDate { get; set; }

    public int? Popularity { get; set; }

    public string? Isrc { get; set; }

    public int? DurationMs { get; set; }

    public bool Changed { get; set; }

    /// <summary>Every provider that could answer did, so the track is not asked again soon.</summary>
    public bool Answered { get; set; }

    public bool NeedsArtist => Artists.Length == 0 || ArtistsFromSlug;

    public bool NeedsSpotify => NeedsArtist || Album is null || ReleaseDate is null;

    /// <summary>Fills what is missing from a provider's answer; a name only learned from a slug gives way to a real credit.</summary>
    public void Fill(IReadOnlyList<string> artists, string? album, string? releaseDate, int? popularity, string? isrc, int? durationMs)
    {
        if (NeedsArtist && artists.Count > 0)
        {
            Artists = string.Join(", ", artists);
            ArtistNames = artists;
            ArtistsFromSlug = false;
            Changed = true;
        }
        Album = Take(Album, album);
        ReleaseDate = Take(ReleaseDate, releaseDate);
        if (Popularity is null && popularity is not null) (Popularity, Changed) = (popularity, true);
        Isrc = Take(Isrc, isrc);
        if (DurationMs is null && durationMs is not null) (DurationMs, Changed) = (durationMs, true);
    }

    private string? Take(string? current, string? offered)
    {
        if (current is not null || string.IsNullOrWhiteSpace(offered)) return current;
        Changed = true;
        return offered.Trim();
    }
}
