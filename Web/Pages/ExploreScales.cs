using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Pages;

/// <summary>How one Explore slider reads to a listener: its ends in words, a sentence, and the range worth sliding over.</summary>
public sealed record ExploreScale(string Name, string Label, string Low, string High, string Sentence, double Min, double Max, double Step);

/// <summary>A mood to start from: values for the nine features, in <see cref="AudioFeatures.Names"/> order.</summary>
public sealed record ExploreMood(string Name, string Description, AudioFeatures Features);

/// <summary>
/// Explore in plain words. The sliders cover the range real songs use (the API still accepts the
/// features' full documented ranges); the moods are starting points, not categories.
/// </summary>
public static class ExploreScales
{
    public static IReadOnlyList<ExploreScale> All { get; } =
    [
        new("danceability", "Danceability", "hard to dance to", "made for dancing", "How easy it is to dance to: a steady beat and rhythm.", 0, 1, 0.01),
        new("energy", "Energy", "calm", "intense", "How fast, loud and busy it feels.", 0, 1, 0.01),
        new("loudness", "Loudness", "quiet (−30 dB)", "loud (0 dB)", "How loud it is mastered on average; most pop sits between −8 and −4 dB.", -30, 0, 0.5),
        new("speechiness", "Spoken words", "all singing", "mostly talking", "How much of it is spoken, like rap or a podcast.", 0, 1, 0.01),
        new("acousticness", "Acoustic", "electronic", "acoustic", "How likely it is played on acoustic instruments.", 0, 1, 0.01),
        new("instrumentalness", "Instrumental", "vocals", "no vocals", "How likely it has no singing at all.", 0, 1, 0.01),
        new("liveness", "Live feel", "studio", "live concert", "How likely it was recorded in front of an audience.", 0, 1, 0.01),
        new("valence", "Mood", "sad, dark", "happy, cheerful", "How positive it sounds.", 0, 1, 0.01),
        new("tempo", "Tempo", "slow (60 BPM)", "fast (200 BPM)", "Beats per minute; most pop is 90–130.", 60, 200, 1),
    ];

    public static IReadOnlyList<ExploreMood> Moods { get; } =
    [
        new("Calm", "soft, slow and acoustic", new(0.45, 0.25, -12, 0.04, 0.75, 0.05, 0.12, 0.35, 85)),
        new("Upbeat", "bright, happy pop", new(0.7, 0.75, -5, 0.05, 0.15, 0, 0.15, 0.8, 125)),
        new("Dance", "a strong beat to move to", new(0.85, 0.8, -5, 0.07, 0.05, 0.02, 0.12, 0.65, 122)),
        new("Melancholy", "slow and sad", new(0.45, 0.35, -9, 0.04, 0.55, 0.02, 0.12, 0.15, 80)),
        new("Intense", "loud, fast, full of energy", new(0.5, 0.95, -4, 0.08, 0.01, 0.05, 0.2, 0.4, 165)),
        new("Chill", "relaxed and mellow", new(0.65, 0.4, -9, 0.06, 0.45, 0.2, 0.11, 0.5, 95)),
    ];

    /// <summary>The feature values as Explore's query (the recommendations API's names).</summary>
    public static Dictionary<string, string> Query(AudioFeatures features, TargetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(features);
        var values = AudioFeatures.Names.Select((name, i) => (name, value: ExploreModel.Invariant(features[i]))).ToDictionary(p => p.name, p => p.value);
        values["catalog"] = catalog.Name();
        return values;
    }
}
