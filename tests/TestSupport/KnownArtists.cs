using MusicRecommender.Domain.Catalog;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.TestSupport;

/// <summary>
/// What the fake ReccoBeats "knows" for the must-show tests: the real names behind the K-pop/western list's 58
/// slugs (public facts, written out by hand), and for the popular-anime list's tracks that no file credits, a
/// stand-in artist per track (the real credits are not in ../shared/data; a stand-in is shared by a few tracks, so
/// the per-artist cap still has work to do).
/// </summary>
public static class KnownArtists
{
    public static IReadOnlyDictionary<string, string> SlugNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["augustd"] = "Agust D", ["bigbang"] = "BIGBANG", ["blackpink"] = "BLACKPINK", ["bolt_4"] = "BOL4", ["bts"] = "BTS",
        ["crush"] = "Crush", ["ericnum"] = "Eric Nam", ["exo"] = "EXO", ["heize"] = "Heize", ["hungha"] = "CHUNG HA",
        ["hwa_sa"] = "HWASA", ["iu"] = "IU", ["jaypark"] = "Jay Park", ["jhope"] = "j-hope", ["leehi"] = "LEE HI",
        ["nct127"] = "NCT 127", ["redvelvet"] = "Red Velvet", ["rm"] = "RM", ["samkim"] = "Sam Kim", ["seventeen"] = "SEVENTEEN",
        ["straykids"] = "Stray Kids", ["taeyeon"] = "TAEYEON", ["twice"] = "TWICE",
        ["arianagrande"] = "Ariana Grande", ["billieeilish"] = "Billie Eilish", ["brunomars"] = "Bruno Mars", ["cardib"] = "Cardi B",
        ["carrieunderwood"] = "Carrie Underwood", ["chrisstapleton"] = "Chris Stapleton", ["dababy"] = "DaBaby", ["dojacat"] = "Doja Cat",
        ["drake"] = "Drake", ["dualipa"] = "Dua Lipa", ["edsheeran"] = "Ed Sheeran", ["ericchurch"] = "Eric Church",
        ["fleetwoodmac"] = "Fleetwood Mac", ["gabbybarrett"] = "Gabby Barrett", ["hanszimmer"] = "Hans Zimmer", ["harrystyles"] = "Harry Styles",
        ["juicewild"] = "Juice WRLD", ["justinbieber"] = "Justin Bieber", ["kendricklamar"] = "Kendrick Lamar", ["lilbaby"] = "Lil Baby",
        ["lukecombs"] = "Luke Combs", ["michaeljackson"] = "Michael Jackson", ["moneybaggyo"] = "Moneybagg Yo", ["nirvana"] = "Nirvana",
        ["polog"] = "Polo G", ["popsmoke"] = "Pop Smoke", ["postmalone"] = "Post Malone", ["queen"] = "Queen", ["rodwave"] = "Rod Wave",
        ["sza"] = "SZA", ["taylor"] = "Taylor Swift", ["thebeatles"] = "The Beatles", ["theweekend"] = "The Weeknd", ["youngthug"] = "Young Thug",
    };

    /// <summary>The artist the fake credits a track with: the slug's real name, else a stand-in for an uncredited track.</summary>
    public static string For(string spotifyId, string? slug) =>
        slug is not null && SlugNames.TryGetValue(slug, out var name) ? name : $"Anime Artist {StableHash(spotifyId) % 97:D2}";

    /// <summary>The fake's song for a stored track (features do not matter to /v1/track).</summary>
    public static FakeSong Song(string spotifyId, string title, string? slug) =>
        new(spotifyId, title, [For(spotifyId, slug)], FakeSong.FeaturesFor(1));

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;

    /// <summary>Whether <paramref name="artists"/> is what the fake gave for a slug (for checks on search results).</summary>
    public static bool IsNameOf(string slug, string artists) =>
        SlugNames.TryGetValue(slug, out var name) && ArtistCredit.Split(artists).Contains(name, StringComparer.Ordinal);
}
