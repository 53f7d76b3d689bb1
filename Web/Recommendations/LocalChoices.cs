using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Reads local search matches as the listener's choices: versions of one song (same title key, same
/// first artist) are one choice; the other songs matching as well as the best are its alternatives.
/// </summary>
public static class LocalChoices
{
    /// <summary>Title and artist together ("Shape of You Ed Sheeran"): <see cref="TrackSearch"/>'s score.</summary>
    public const int TitleAndArtist = 95;

    /// <summary>The text is exactly a title ("Flowers").</summary>
    public const int ExactTitle = 100;

    /// <summary>The other songs with the best match's score, best first, each song once.</summary>
    public static IReadOnlyList<SongChoice> Alternatives(IReadOnlyList<TrackMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (matches.Count < 2) return [];
        var best = matches[0];
        return matches.Skip(1)
            .Where(m => m.Score == best.Score)
            .DistinctBy(SongKey)
            .Where(m => SongKey(m) != SongKey(best))
            .Select(ToChoice)
            .ToArray();
    }

    /// <summary>
    /// Ask rather than guess when another song matches as well and is about as popular as the best;
    /// a far better-known best (three to two, or more) is taken, the rest offered as "not the song you meant?".
    /// </summary>
    public static bool IsAmbiguous(IReadOnlyList<TrackMatch> matches, IReadOnlyList<SongChoice> alternatives)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count == 0) return false;
        var first = matches[0].Popularity ?? 0;
        var second = matches.Where(m => m.Id == alternatives[0].TrackId).Select(m => m.Popularity ?? 0).FirstOrDefault();
        return second * 3 >= first * 2;
    }

    public static SongChoice ToChoice(TrackMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Id, match.SpotifyId, match.Title, match.DisplayArtists, match.Album, match.Year);
    }

    private static (string, string) SongKey(TrackMatch match) => (SongTitle.Parse(match.Title).Key, ArtistCredit.PrimaryKey(match.Artists));
}
