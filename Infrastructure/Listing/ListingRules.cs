using System.Text.RegularExpressions;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Listing;

/// <summary>
/// The music-only rules (issue 10, part 4) over one catalog's tracks: which are kept but not recommended, and
/// why. An admin's decision (<see cref="Data.Entities.TrackListing"/>) wins over the rules either way.
/// </summary>
public sealed class ListingRules(MusicOnlyOptions options)
{
    public const string ExcludedByAdmin = "Excluded by an admin.";

    private static readonly HashSet<string> IntroWords = new(StringComparer.Ordinal) { "intro", "introduction", "outro", "interlude", "prologue", "epilogue", "skit" };

    private readonly Regex[] _talk = options.TalkTitlePatterns
        .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        .ToArray();

    /// <summary>Track id → why it is not recommended, for the tracks that are not.</summary>
    public Dictionary<int, string> Exclusions(TargetCatalog catalog, IReadOnlyCollection<ListingTrack> tracks, IReadOnlyDictionary<int, (bool Listed, string? Note)> decisions)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(decisions);
        var outside = options.ArtistsOutside(catalog).ToDictionary(ArtistCredit.Key, n => n, StringComparer.Ordinal);
        var withFullVersion = tracks.Where(t => !VersionPreference.IsCut(t.Parsed.Tags)).Select(t => t.SongId).ToHashSet();
        var reasons = new Dictionary<int, string>();
        foreach (var track in tracks)
        {
            if (decisions.TryGetValue(track.Id, out var decision))
            {
                if (!decision.Listed) reasons[track.Id] = decision.Note is { Length: > 0 } note ? $"{ExcludedByAdmin} {note}" : ExcludedByAdmin;
                continue;
            }
            if (options.Enabled && Reason(catalog, track, outside, withFullVersion) is { } reason) reasons[track.Id] = reason;
        }
        return reasons;
    }

    private string? Reason(TargetCatalog catalog, ListingTrack track, Dictionary<string, string> outside, HashSet<int> withFullVersion)
    {
        var (key, tags) = (track.Parsed.Key, track.Parsed.Tags);
        if (options.ExcludeSkits && (tags & VersionTags.Skit) != 0) return "A skit, not a song.";
        if (options.ExcludeSkits && (tags & VersionTags.Commentary) != 0) return "Spoken commentary or an interview, not a song.";
        var firstWord = key.Split(' ', 2)[0];
        if (IntroWords.Contains(firstWord) && track.Speechiness >= options.SpokenIntroSpeechiness)
            return $"A spoken {firstWord} (speechiness {track.Speechiness:0.00}), not a song.";
        if (_talk.Any(pattern => pattern.IsMatch(key))) return "Talk between songs (a live recording's MC or crowd), not a song.";
        if (options.ExcludeCutsWithFullSong && VersionPreference.IsCut(tags) && withFullVersion.Contains(track.SongId))
            return "A TV-size cut; the full song is in the catalog.";
        foreach (var name in track.ArtistNames)
        {
            if (outside.TryGetValue(ArtistCredit.Key(name), out var listed))
                return $"{listed} is outside the {catalog.DisplayName()} catalog's genre (Recommendations:MusicOnly:Not{catalog.DisplayName().Replace("-", "", StringComparison.Ordinal)}).";
        }
        return null;
    }
}
