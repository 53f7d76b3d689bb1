using System.Globalization;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Experiments;

/// <summary>How the dashboard prints statistics: "–" where a value is undefined.</summary>
public static class StatFormat
{
    private const string None = "–";

    public static string Number(double? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : None;

    public static string Difference(double? value, string format = "0.00") =>
        value is { } v ? (v > 0 ? "+" : "") + v.ToString(format, CultureInfo.InvariantCulture) : None;

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    public static string SignedPoints(double? value) =>
        value is { } v ? (v > 0 ? "+" : "") + (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pts" : None;

    public static string Range(Interval? interval, bool percent = false) =>
        interval is { } i ? $"{(percent ? Percent(i.Low) : Number(i.Low))} – {(percent ? Percent(i.High) : Number(i.High))}" : None;

    /// <summary>Three significant digits; very small values in scientific notation.</summary>
    public static string P(double? value) => value switch
    {
        null => None,
        < 1e-4 and > 0 => value.Value.ToString("0.00e+0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.000#", CultureInfo.InvariantCulture),
    };

    public static string When(DateTime? utc) => utc is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : None;
}
