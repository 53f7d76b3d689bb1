using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>
/// Songs the seed catalog does not have, on the fake ReccoBeats only (the site has no Spotify keys).
/// Each test has its own: a song found live is stored, and the next search for it is local.
/// </summary>
internal static class KeylessSongs
{
    public static readonly FakeSong Flowers = FakeSong.Make(301, "Flowers", "Miley Cyrus", popularity: 90);
    public static readonly FakeSong Espresso = FakeSong.Make(302, "Espresso", "Sabrina Carpenter", popularity: 88);
    public static readonly FakeSong AntiHero = FakeSong.Make(303, "Anti-Hero", "Taylor Swift", popularity: 85);
    public static readonly FakeSong AntiHeroLive = FakeSong.Make(304, "Anti-Hero - Live", "Taylor Swift", popularity: 50);
    public static readonly FakeSong Vampire = FakeSong.Make(305, "Vampire", "Olivia Rodrigo", popularity: 87);

    /// <summary>An obscure band named like a well-known local song title: the song must still win "Flowers".</summary>
    public static readonly FakeSong ObscureFlowers = FakeSong.Make(306, "Petal Song", "Flowers", popularity: 12);

    /// <summary>A band named like local songs that are less known than the band: "Vampires" is the band.</summary>
    public static readonly FakeSong[] Vampires =
        [.. new[] { "Night Bite", "Pale Moon", "Crimson Hour", "Garlic Free" }.Select((t, i) => FakeSong.Make(310 + i, t, "Vampires", popularity: 70 - i))];

    /// <summary>An artist only ReccoBeats knows, asked for by name.</summary>
    public static readonly FakeSong[] Nimbus =
        [.. new[] { "Cloudline", "Stratus", "Cirrus Waltz", "Low Front", "Drizzle", "Thunderhead" }.Select((t, i) => FakeSong.Make(320 + i, t, "Nimbus Quartet", popularity: 60 - i))];

    public static IEnumerable<FakeSong> All =>
        new[] { Flowers, Espresso, AntiHero, AntiHeroLive, Vampire, ObscureFlowers }.Concat(Vampires).Concat(Nimbus);
}
