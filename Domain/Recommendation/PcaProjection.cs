namespace MusicRecommender.Domain.Recommendation;

/// <summary>Projection onto principal components: y = (x − mean) · Cᵀ, components as rows.</summary>
public sealed class PcaProjection
{
    private readonly double[] _mean;
    private readonly double[][] _components;

    public PcaProjection(IReadOnlyList<double> mean, IReadOnlyList<IReadOnlyList<double>> components)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0) throw new ArgumentException("At least one component is required.", nameof(components));
        if (components.Any(c => c.Count != mean.Count))
            throw new ArgumentException("Every component must have the input's dimension.", nameof(components));

        _mean = mean.ToArray();
        _components = components.Select(c => c.ToArray()).ToArray();
    }

    public IReadOnlyList<double> Mean => _mean;

    public IReadOnlyList<IReadOnlyList<double>> Components => _components;

    public int InputDimension => _mean.Length;

    public int OutputDimension => _components.Length;

    public void Transform(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (values.Length != InputDimension) throw new ArgumentException($"Expected {InputDimension} values.", nameof(values));
        for (var c = 0; c < _components.Length; c++)
        {
            var component = _components[c];
            var sum = 0.0;
            for (var i = 0; i < _mean.Length; i++) sum += (values[i] - _mean[i]) * component[i];
            destination[c] = sum;
        }
    }
}
