using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace MusicRecommender.Web.Api;

/// <summary>
/// One query-string parameter, declared once: <see cref="QueryReader"/> validates it with these limits
/// and <see cref="ApiConventions.WithQuery"/> puts the same name, type, range and description in the
/// OpenAPI document. Values are read as text rather than bound, so that one 400 names every bad
/// parameter (docs/decisions/0012-api-query-parameters.md).
/// </summary>
internal sealed record QueryParameter
{
    private QueryParameter(string name, JsonSchemaType type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public JsonSchemaType Type { get; }

    public string Description { get; }

    public bool Required { get; private init; }

    public double? Minimum { get; private init; }

    public double? Maximum { get; private init; }

    public int? MaxLength { get; private init; }

    /// <summary>The value used when the parameter is absent, as the document shows it.</summary>
    public string? Default { get; private init; }

    public IReadOnlyList<string> AllowedValues { get; private init; } = [];

    public static QueryParameter Text(string name, int maxLength, string description, bool required = false) =>
        new(name, JsonSchemaType.String, description) { MaxLength = maxLength, Required = required };

    /// <summary>Text that must be one of <paramref name="values"/> (the handler says so when it is not).</summary>
    public static QueryParameter Choice(string name, IReadOnlyList<string> values, int maxLength, string description, bool required = false) =>
        new(name, JsonSchemaType.String, description) { AllowedValues = values, MaxLength = maxLength, Required = required };

    public static QueryParameter Integer(string name, int minimum, int maximum, string description, int? defaultValue = null) =>
        new(name, JsonSchemaType.Integer, description)
        {
            Minimum = minimum, Maximum = maximum, Default = defaultValue?.ToString(CultureInfo.InvariantCulture),
        };

    public static QueryParameter Number(string name, double minimum, double maximum, string description) =>
        new(name, JsonSchemaType.Number, description) { Minimum = minimum, Maximum = maximum };

    public static QueryParameter Boolean(string name, bool defaultValue, string description) =>
        new(name, JsonSchemaType.Boolean, description) { Default = defaultValue ? "true" : "false" };

    public int DefaultInteger => int.Parse(Default ?? throw Undeclared("default"), CultureInfo.InvariantCulture);

    public OpenApiParameter ToOpenApi() => new()
    {
        Name = Name,
        In = ParameterLocation.Query,
        Required = Required,
        Description = Description,
        Schema = new OpenApiSchema
        {
            Type = Type,
            Format = Type == JsonSchemaType.Integer ? "int32" : Type == JsonSchemaType.Number ? "double" : null,
            Minimum = Format(Minimum),
            Maximum = Format(Maximum),
            MinLength = Type == JsonSchemaType.String ? 1 : null,
            MaxLength = MaxLength,
            Default = Default is null ? null : JsonNode.Parse(Default),
            Enum = AllowedValues.Count == 0 ? null : [.. AllowedValues.Select(v => (JsonNode)JsonValue.Create(v))],
        },
    };

    public InvalidOperationException Undeclared(string what) => new($"Query parameter '{Name}' declares no {what}.");

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
