using System.Globalization;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.TestSupport.Spotify;

/// <summary>
/// A song the fake Spotify knows. Titles use made-up words ("Zorblax") so the real catalog never
/// matches them; <see cref="OnSpotifyFeatures"/> and <see cref="OnReccoBeats"/> say which feature
/// source has it.
/// </summary>
public sealed record FakeSong(string Id, string Title, string[] Artists, AudioFeatures Features, bool OnSpotifyFeatures = false, bool OnReccoBeats = true, int Popularity = 40)
{
    /// <summary>What ReccoBeats' and Spotify's track objects say besides title and artists.</summary>
    public string? Isrc { get; init; }

    public int DurationMs { get; init; } = 201_000;

    /// <summary>A 22-character id no real track has: "FakeTrack" and a 13-digit number.</summary>
    public static string IdFor(int number) => "FakeTrack" + number.ToString("D13", CultureInfo.InvariantCulture);

    public string Link => $"https://open.spotify.com/track/{Id}";

    /// <summary>Features that vary a little per song and stay inside every documented range.</summary>
    public static AudioFeatures FeaturesFor(int number)
    {
        var t = number % 10 / 10.0;
        return new(0.55 + t * 0.4, 0.5 + t * 0.45, -9 + t * 6, 0.04 + t * 0.1, 0.05 + t * 0.3, 0.0001, 0.1 + t * 0.2, 0.3 + t * 0.6, 95 + t * 60);
    }

    public static FakeSong Make(int number, string title, string artist, bool onSpotifyFeatures = false, bool onReccoBeats = true, int popularity = 40) =>
        new(IdFor(number), title, [artist], FeaturesFor(number), onSpotifyFeatures, onReccoBeats, popularity);
}
