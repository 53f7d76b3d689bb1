using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Web.Tests.Lookup;

/// <summary>
/// Songs only the fake Spotify knows, one or more per test: a song found live is stored, so a
/// test that needs a first, live lookup must not share its song with another test.
/// </summary>
internal static class FakeSongs
{
    public static readonly FakeSong MustShow = FakeSong.Make(1, "Zorblax Moonrise", "The Flimbertons");
    public static readonly FakeSong ApiSource = FakeSong.Make(2, "Quibbly Starfall", "The Flimbertons");
    public static readonly FakeSong WithSpotifyFeatures = FakeSong.Make(3, "Snorkel Dawnbreak", "Vexa Plume", onSpotifyFeatures: true);
    public static readonly FakeSong PastedLink = FakeSong.Make(4, "Grumblewick Lights", "Vexa Plume");
    public static readonly FakeSong BySpotifyId = FakeSong.Make(5, "Flapjack Horizon", "Vexa Plume");
    public static readonly FakeSong ApiLink = FakeSong.Make(6, "Wobblequest Tide", "Vexa Plume");
    public static readonly FakeSong NoFeatures = FakeSong.Make(7, "Zorblax Unreleased Demo", "Ed Sheeran", onReccoBeats: false);
    public static readonly FakeSong SpotifyHangsLink = FakeSong.Make(8, "Plimsoll Echo", "Vexa Plume");
    public static readonly FakeSong RetryAfterOne = FakeSong.Make(9, "Kazoodle Skyline", "The Flimbertons");
    public static readonly FakeSong ReccoBeatsDown = FakeSong.Make(10, "Zorblax Lighthouse", "Ed Sheeran");
    public static readonly FakeSong RemixForSuggest = FakeSong.Make(11, "Shape of You (Zorblax Remix)", "Ed Sheeran");

    /// <summary>The real catalog's Shape of You, also on the fake Spotify: suggestions must list it once.</summary>
    public static readonly FakeSong ShapeOfYou = new("7qiZfU4dY1lWllzX7mPBI3", "Shape of You", ["Ed Sheeran"], FakeSong.FeaturesFor(0));

    public static readonly FakeSong[] All =
    [
        MustShow, ApiSource, WithSpotifyFeatures, PastedLink, BySpotifyId, ApiLink, NoFeatures, SpotifyHangsLink,
        RetryAfterOne, ReccoBeatsDown, RemixForSuggest, ShapeOfYou,
    ];
}
