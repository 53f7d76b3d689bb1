using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MusicRecommender.Domain.Experiments;

/// <summary>A variant and its share of raters; weights need not sum to 1.</summary>
public sealed record WeightedVariant(string Name, double Weight);

/// <summary>
/// Deterministic assignment: SHA-256 of "experiment:raterId" mapped to [0, 1) and laid over the
/// variants' cumulative weights. The same rater always lands in the same variant on every server
/// and every run (<c>string.GetHashCode</c> is randomised per process, so it is never used).
/// </summary>
public static class VariantAssignment
{
    public static double Bucket(string experiment, string raterId)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(raterId);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{experiment}:{raterId}"), hash);
        // The top 53 bits fill a double's mantissa exactly: uniform on [0, 1).
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Variants are taken in the order given; callers pass a stable order (by name).</summary>
    public static string Assign(string experiment, string raterId, IReadOnlyList<WeightedVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var eligible = variants.Where(v => v.Weight > 0 && double.IsFinite(v.Weight)).ToArray();
        if (eligible.Length == 0) throw new ArgumentException("At least one variant needs a positive weight.", nameof(variants));
        var point = Bucket(experiment, raterId) * eligible.Sum(v => v.Weight);
        var cumulative = 0.0;
        foreach (var variant in eligible)
        {
            cumulative += variant.Weight;
            if (point < cumulative) return variant.Name;
        }
        return eligible[^1].Name;
    }
}
