using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Features;

/// <summary>The nine audio features of one track plus the extras a source may add.</summary>
public sealed record TrackFeatures(AudioFeatures Features, int? Key, int? Mode, int? TimeSignature, int? DurationMs)
{
    /// <summary>
    /// From the nine values in <see cref="AudioFeatures.Names"/> order; null when any is missing or
    /// outside its documented range, because one bad value would skew every distance to this track.
    /// </summary>
    public static TrackFeatures? Create(ReadOnlySpan<double?> nine, int? key, int? mode, int? timeSignature, int? durationMs)
    {
        if (nine.Length != AudioFeatures.Count) throw new ArgumentException($"Expected {AudioFeatures.Count} values.", nameof(nine));
        Span<double> values = stackalloc double[AudioFeatures.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (nine[i] is not { } value) return null;
            values[i] = value;
        }
        var features = AudioFeatures.FromArray(values);
        return features.FindInvalid() is null ? new(features, key, mode, timeSignature, durationMs) : null;
    }
}
