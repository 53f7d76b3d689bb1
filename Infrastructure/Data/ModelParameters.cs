using System.Text.Json;
using System.Text.Json.Serialization;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// The stored form of a model version's parameters: enough to rebuild its <see cref="ClusterModel"/>
/// exactly, plus the settings the fit used (free-form, for the record).
/// </summary>
public sealed record ModelParameters
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public required IReadOnlyList<string> Features { get; init; }

    public required IReadOnlyList<ScalerKind> ScalerKinds { get; init; }

    public required IReadOnlyList<double> ScalerCenter { get; init; }

    public required IReadOnlyList<double> ScalerScale { get; init; }

    public IReadOnlyList<double>? PcaMean { get; init; }

    public IReadOnlyList<IReadOnlyList<double>>? PcaComponents { get; init; }

    public required IReadOnlyList<IReadOnlyList<double>> Centroids { get; init; }

    public JsonElement? Settings { get; init; }

    public static ModelParameters From(ClusterModel model, IReadOnlyList<string> features, object? settings = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelParameters
        {
            Features = features,
            ScalerKinds = model.Scaler.Kinds,
            ScalerCenter = model.Scaler.Center,
            ScalerScale = model.Scaler.Scale,
            PcaMean = model.Projection?.Mean,
            PcaComponents = model.Projection?.Components,
            Centroids = model.Centroids,
            Settings = settings is null ? null : JsonSerializer.SerializeToElement(settings, Json),
        };
    }

    public ClusterModel ToModel()
    {
        var scaler = new FeatureScaler(ScalerKinds, ScalerCenter, ScalerScale);
        var projection = PcaMean is not null && PcaComponents is not null ? new PcaProjection(PcaMean, PcaComponents) : null;
        return new ClusterModel(scaler, projection, Centroids);
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static ModelParameters Deserialize(string json) =>
        JsonSerializer.Deserialize<ModelParameters>(json, Json) ?? throw new InvalidDataException("Empty model parameters.");
}
