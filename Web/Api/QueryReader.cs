using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace MusicRecommender.Web.Api;

/// <summary>
/// Reads query-string parameters and collects every problem by parameter name, for one
/// problem+json 400 that names them all.
/// </summary>
internal sealed class QueryReader(IQueryCollection query)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public bool Has(string name) => query.ContainsKey(name);

    public string? Text(string name, int maxLength)
    {
        if (!Single(name, out var value)) return null;
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return Error<string>(name, $"'{name}' is empty.");
        if (trimmed.Length > maxLength) return Error<string>(name, $"'{name}' is longer than {maxLength} characters.");
        return trimmed;
    }

    public int? Integer(string name, int min, int max)
    {
        if (!Single(name, out var value) || value is null) return null;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            return Error<int?>(name, $"'{name}' must be a whole number from {min} to {max}.");
        return number;
    }

    public double? Number(string name, double min, double max)
    {
        if (!Single(name, out var value) || value is null) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            return Error<double?>(name, $"'{name}' must be a number.");
        if (number < min || number > max) return Error<double?>(name, $"'{name}' must be between {min} and {max}.");
        return number;
    }

    public bool? Boolean(string name)
    {
        if (!Single(name, out var value) || value is null) return null;
        if (bool.TryParse(value, out var flag)) return flag;
        if (value is "1" or "0") return value == "1";
        return Error<bool?>(name, $"'{name}' must be true or false.");
    }

    public void Add(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var list)) _errors[name] = list = [];
        list.Add(message);
    }

    private bool Single(string name, out string? value)
    {
        value = null;
        if (!query.TryGetValue(name, out StringValues values)) return true;
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
