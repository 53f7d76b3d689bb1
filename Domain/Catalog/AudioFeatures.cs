namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// The nine Spotify audio features the recommender works on (the anime seed's choice),
/// in the order every vector, scaler and model in the product uses.
/// </summary>
public sealed record AudioFeatures(
    double Danceability,
    double Energy,
    double Loudness,
    double Speechiness,
    double Acousticness,
    double Instrumentalness,
    double Liveness,
    double Valence,
    double Tempo)
{
    public const int Count = 9;

    public static IReadOnlyList<FeatureDefinition> Definitions { get; } =
    [
        new("danceability", 0, 1, "Danceability"),
        new("energy", 0, 1, "Energy"),
        new("loudness", -60, 7, "Loudness (dB)"),
        new("speechiness", 0, 1, "Speechiness"),
        new("acousticness", 0, 1, "Acousticness"),
        new("instrumentalness", 0, 1, "Instrumentalness"),
        new("liveness", 0, 1, "Liveness"),
        new("valence", 0, 1, "Valence"),
        new("tempo", 0, 300, "Tempo (BPM)"),
    ];

    public static IReadOnlyList<string> Names { get; } = Definitions.Select(d => d.Name).ToArray();

    public double this[int index] => index switch
    {
        0 => Danceability,
        1 => Energy,
        2 => Loudness,
        3 => Speechiness,
        4 => Acousticness,
        5 => Instrumentalness,
        6 => Liveness,
        7 => Valence,
        8 => Tempo,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public double[] ToArray() =>
        [Danceability, Energy, Loudness, Speechiness, Acousticness, Instrumentalness, Liveness, Valence, Tempo];

    public void CopyTo(Span<double> destination)
    {
        for (var i = 0; i < Count; i++) destination[i] = this[i];
    }

    public static AudioFeatures FromArray(ReadOnlySpan<double> values)
    {
        if (values.Length != Count) throw new ArgumentException($"Expected {Count} values.", nameof(values));
        return new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]);
    }

    /// <summary>The first feature outside its documented range, or null when all are valid.</summary>
    public string? FindInvalid()
    {
        for (var i = 0; i < Count; i++)
        {
            if (!Definitions[i].Contains(this[i])) return Definitions[i].Name;
        }
        return null;
    }
}

/// <summary>A feature's name and its documented range (Spotify audio-features reference).</summary>
public sealed record FeatureDefinition(string Name, double Min, double Max, string Label)
{
    public bool Contains(double value) => double.IsFinite(value) && value >= Min && value <= Max;
}
