using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace MusicRecommender.Web.Api;

/// <summary>
/// Reads an endpoint's query-string parameters and collects every problem by parameter name, for one
/// problem+json 400 that names them all. Only parameters the endpoint declares with
/// <see cref="ApiConventions.WithQuery"/> can be read, so the OpenAPI document lists every one it reads.
/// </summary>
internal sealed class QueryReader(HttpContext http)
{
    private readonly IQueryCollection _query = http.Request.Query;
    private readonly IReadOnlyList<QueryParameter> _declared = http.GetEndpoint()?.Metadata.GetMetadata<DeclaredQuery>()?.Parameters ?? [];
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public bool Has(QueryParameter parameter) => _query.ContainsKey(Declared(parameter).Name);

    public string? Text(QueryParameter parameter)
    {
        var name = Declared(parameter).Name;
        var maxLength = parameter.MaxLength ?? throw parameter.Undeclared("maximum length");
        if (!Single(name, out var value)) return null;
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return Error<string>(name, $"'{name}' is empty.");
        if (trimmed.Length > maxLength) return Error<string>(name, $"'{name}' is longer than {maxLength} characters.");
        return trimmed;
    }

    /// <summary>A parameter with a default: the number, or the default when it is absent (or wrong: the error is recorded).</summary>
    public int Integer(QueryParameter parameter) => OptionalInteger(parameter) ?? parameter.DefaultInteger;

    public int? OptionalInteger(QueryParameter parameter)
    {
        var name = Declared(parameter).Name;
        var (min, max) = ((int)(parameter.Minimum ?? throw parameter.Undeclared("range")), (int)parameter.Maximum!.Value);
        if (!Single(name, out var value) || value is null) return null;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            return Error<int?>(name, $"'{name}' must be a whole number from {min} to {max}.");
        return number;
    }

    public double? Number(QueryParameter parameter)
    {
        var name = Declared(parameter).Name;
        var (min, max) = (parameter.Minimum ?? throw parameter.Undeclared("range"), parameter.Maximum!.Value);
        if (!Single(name, out var value) || value is null) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            return Error<double?>(name, $"'{name}' must be a number.");
        if (number < min || number > max) return Error<double?>(name, $"'{name}' must be between {min} and {max}.");
        return number;
    }

    /// <summary>true/false (or 1/0); the declared default when absent or wrong.</summary>
    public bool Boolean(QueryParameter parameter)
    {
        var name = Declared(parameter).Name;
        var fallback = parameter.Default == "true";
        if (!Single(name, out var value) || value is null) return fallback;
        if (bool.TryParse(value, out var flag)) return flag;
        if (value is "1" or "0") return value == "1";
        Add(name, $"'{name}' must be true or false.");
        return fallback;
    }

    /// <summary>A problem that is not one parameter's alone (e.g. "query" for parameters that conflict).</summary>
    public void Add(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var list)) _errors[name] = list = [];
        list.Add(message);
    }

    private QueryParameter Declared(QueryParameter parameter) =>
        _declared.Contains(parameter)
            ? parameter
            : throw new InvalidOperationException($"The endpoint reads query parameter '{parameter.Name}' but does not declare it: add it to its WithQuery(…).");

    private bool Single(string name, out string? value)
    {
        value = null;
        if (!_query.TryGetValue(name, out StringValues values)) return true;
        if (values.Count > 1)
        {
            Add(name, $"'{name}' is given more than once.");
            return false;
        }
        value = values[0] ?? "";
        return true;
    }

    private T? Error<T>(string name, string message)
    {
        Add(name, message);
        return default;
    }
}
