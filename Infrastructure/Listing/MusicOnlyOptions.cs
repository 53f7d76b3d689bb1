using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace MusicRecommender.Infrastructure.Listing;

/// <summary>
/// Section "Recommendations:MusicOnly": which tracks are kept in a catalog but not recommended by default
/// (issue 10, part 4). An admin's include or exclude overrides these (Admin → Exclusions).
/// </summary>
public sealed class MusicOnlyOptions : IValidatableObject
{
    public bool Enabled { get; set; } = true;

    /// <summary>Skits and spoken commentary, interviews, track-by-tracks (the title says so).</summary>
    public bool ExcludeSkits { get; set; } = true;

    /// <summary>
    /// An intro, outro, interlude or prologue at or above this speechiness is talk, not a song (Spotify: above
    /// 0.66 "probably made entirely of spoken words"). Rap intros ("Intro: Persona", 0.34) stay.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SpokenIntroSpeechiness { get; set; } = 0.66;

    /// <summary>
    /// Patterns (.NET regular expressions, case-insensitive) for titles that are talk between songs: a live
    /// tour's MCs, crowd recordings. Matched against the folded title without version markers ("mc 2"). Null:
    /// <see cref="MusicOnlyDefaults.TalkTitles"/>; a configured list replaces the defaults.
    /// </summary>
    public List<string>? TalkTitles { get; set; }

    /// <summary>A "TV size" (or movie or short) cut is not recommended when its song's full version is in the catalog.</summary>
    public bool ExcludeCutsWithFullSong { get; set; } = true;

    /// <summary>Artists outside the anime catalog's genre. Null: <see cref="MusicOnlyDefaults.NotAnime"/>.</summary>
    public List<string>? NotAnime { get; set; }

    /// <summary>Artists outside the K-pop catalog's genre. Null: <see cref="MusicOnlyDefaults.NotKpop"/>.</summary>
    public List<string>? NotKpop { get; set; }

    public IReadOnlyList<string> TalkTitlePatterns => TalkTitles ?? MusicOnlyDefaults.TalkTitles;

    public IReadOnlyList<string> ArtistsOutside(Domain.Catalog.TargetCatalog catalog) =>
        catalog == Domain.Catalog.TargetCatalog.Anime ? NotAnime ?? MusicOnlyDefaults.NotAnime : NotKpop ?? MusicOnlyDefaults.NotKpop;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var pattern in TalkTitlePatterns)
        {
            string? error = null;
            try
            {
                _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                error = e.Message;
            }
            if (error is not null) yield return new ValidationResult($"TalkTitles: '{pattern}' is not a valid pattern ({error}).", [nameof(TalkTitles)]);
        }
    }
}
