using System.Globalization;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Typed, validated access to one CSV record by column name. The first problem found is kept as
/// <see cref="Error"/>; later reads keep going (returning defaults) so mappers stay linear.
/// </summary>
internal sealed class RowFields(IReadOnlyDictionary<string, int> columns, string[] record, int line)
{
    public int Line => line;

    public (string Reason, string Detail)? Error { get; private set; }

    public string? Text(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= record.Length) return null;
        var value = record[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public string SpotifyId(string column)
    {
        var id = Text(column);
        if (id is null) return Fail("missing id", $"{column} is empty");
        if (!SpotifyLink.IsSpotifyId(id)) return Fail("malformed id", $"{column} '{Clip(id)}' is not a Spotify track id");
        return id;
    }

    public string Required(string column, string reason)
    {
        var value = Text(column);
        return value ?? Fail(reason, $"{column} is empty");
    }

    public AudioFeatures? Features()
    {
        var values = new double[AudioFeatures.Count];
        for (var i = 0; i < AudioFeatures.Count; i++)
        {
            var definition = AudioFeatures.Definitions[i];
            var text = Text(definition.Name);
            if (text is null)
            {
                Fail($"missing {definition.Name}", $"{definition.Name} is empty");
                return null;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                Fail($"unparsable {definition.Name}", $"{definition.Name} '{Clip(text)}' is not a number");
                return null;
            }
            if (!definition.Contains(values[i]))
            {
                Fail($"{definition.Name} out of range", $"{definition.Name} {text} is outside {definition.Min}..{definition.Max}");
                return null;
            }
        }
        return AudioFeatures.FromArray(values);
    }

    /// <summary>An optional whole number; "11.0" is accepted (some sources store integers as floats).</summary>
    public int? OptionalInt(string column, int min, int max)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Floor(value) || value > int.MaxValue)
        {
            Fail($"unparsable {column}", $"{column} '{Clip(text)}' is not a whole number");
            return null;
        }
        if (value < min || value > max)
        {
            Fail($"{column} out of range", $"{column} {text} is outside {min}..{max}");
            return null;
        }
        return (int)value;
    }

    public bool? OptionalBool(string column)
    {
        var text = Text(column);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        if (text is "1" or "0") return text == "1";
        Fail($"unparsable {column}", $"{column} '{Clip(text)}' is not true/false");
        return null;
    }

    public string Fail(string reason, string detail)
    {
        Error ??= (reason, detail);
        return "";
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
