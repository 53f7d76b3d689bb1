namespace MusicRecommender.Domain.Recommendation;

public enum ScalerKind
{
    Standard,
    Robust,
    MinMax,
}

/// <summary>
/// Per-feature affine scaling x' = (x − center) / scale, which covers standard (mean, std),
/// robust (median, IQR) and min-max (min, max − min) scaling. A zero scale is treated as 1,
/// as scikit-learn does, so constant features map to 0 instead of NaN.
/// </summary>
public sealed class FeatureScaler
{
    private readonly double[] _center;
    private readonly double[] _inverseScale;

    public FeatureScaler(IReadOnlyList<ScalerKind> kinds, IReadOnlyList<double> center, IReadOnlyList<double> scale)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(scale);
        if (kinds.Count != center.Count || center.Count != scale.Count)
            throw new ArgumentException("Kinds, centers and scales must have the same length.");

        Kinds = kinds.ToArray();
        Center = center.ToArray();
        Scale = scale.Select(s => s == 0 || !double.IsFinite(s) ? 1.0 : s).ToArray();
        _center = Center.ToArray();
        _inverseScale = Scale.Select(s => 1.0 / s).ToArray();
    }

    public IReadOnlyList<ScalerKind> Kinds { get; }

    public IReadOnlyList<double> Center { get; }

    public IReadOnlyList<double> Scale { get; }

    public int Dimension => _center.Length;

    public void Transform(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (values.Length != Dimension) throw new ArgumentException($"Expected {Dimension} values.", nameof(values));
        for (var i = 0; i < _center.Length; i++)
        {
            destination[i] = (values[i] - _center[i]) * _inverseScale[i];
        }
    }

    public double[] Transform(ReadOnlySpan<double> values)
    {
        var result = new double[Dimension];
        Transform(values, result);
        return result;
    }
}
