namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Whether a track answers what a listener typed, by the same rules as local search and song grouping:
/// titles compare by <see cref="SongTitle"/> key (case, accents and version markers aside), artists by
/// <see cref="ArtistCredit"/> key against every name of the credit.
/// </summary>
public static class SongMatch
{
    public static bool SameTitle(string? candidate, string? wanted)
    {
        var key = SongTitle.Parse(wanted).Key;
        return key.Length > 0 && SongTitle.Parse(candidate).Key == key;
    }

    /// <summary>True when one of the credit's artists has this key (<see cref="ArtistCredit.Key"/>).</summary>
    public static bool Credits(string? artists, string artistKey) =>
        artistKey.Length > 0 && ArtistCredit.Split(artists).Any(name => ArtistCredit.Key(name) == artistKey);

    /// <summary>
    /// Lower is better among tracks that share the wanted title: the title as typed, then the original
    /// over re-issues and edits, with live cuts and remixes last.
    /// </summary>
    public static int Preference(string? candidate, string? wanted)
    {
        var parsed = SongTitle.Parse(candidate);
        if (TextFold.Fold(candidate) == TextFold.Fold(wanted)) return 0;
        return 1 + VersionPreference.Rank(parsed.Tags);
    }
}
