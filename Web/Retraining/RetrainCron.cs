using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// <c>Retraining:Cron</c> as Hangfire takes it: five fields (minute hour day-of-month month day-of-week). A
/// Quartz expression from the Quartz.NET days (seconds first, six or seven fields) is read as its five-field
/// equivalent when that is unambiguous — seconds 0, no year, no Quartz-only characters and no weekday numbers
/// (Quartz counts Sunday as 1, cron as 0) — so the old default <c>0 0 3 * * ?</c> still means 03:00 every night;
/// anything else stops the start with a message saying what to write.
/// </summary>
public static partial class RetrainCron
{
    /// <summary>The five-field expression to schedule, or null with the reason in <paramref name="error"/>.</summary>
    public static string? Normalize(string? configured, out string? error)
    {
        error = null;
        var fields = (configured ?? "").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5 && fields.All(f => Field().IsMatch(f))) return string.Join(' ', fields);
        if (fields.Length == 1 && fields[0].StartsWith('@')) return fields[0];
        if (fields.Length is 6 or 7) return FromQuartz(configured!, fields, out error);
        error = $"Retraining:Cron '{configured}' is not a cron expression. Write five fields — minute hour day-of-month month day-of-week — "
            + "in the server's time zone, e.g. '0 3 * * *' for every night at 03:00.";
        return null;
    }

    /// <summary>The effective schedule of validated options.</summary>
    public static string Effective(RetrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Normalize(options.Cron, out var error) ?? throw new InvalidOperationException(error);
    }

    private static string? FromQuartz(string configured, string[] fields, out string? error)
    {
        var (seconds, dayOfMonth, dayOfWeek) = (fields[0], fields[3], fields[5]);
        var year = fields.Length == 7 ? fields[6] : "*";
        var why = seconds != "0" ? "it fires at a second other than 0 (Hangfire schedules to the minute)"
            : year != "*" ? "it names a year"
            : QuartzOnly(dayOfMonth + " " + dayOfWeek) ? "it uses Quartz's L, W, # or C"
            : dayOfWeek.Any(char.IsAsciiDigit) ? "its day-of-week numbers count Sunday as 1 (cron counts it as 0): write names such as MON-FRI"
            : null;
        var fiveField = string.Join(' ', fields[1], fields[2], Any(dayOfMonth), fields[4], Any(dayOfWeek));
        if (why is null && fields.Skip(1).Take(5).All(f => Field().IsMatch(f)))
        {
            error = null;
            return fiveField;
        }
        error = $"Retraining:Cron '{configured}' is a Quartz expression (seconds first), which the Hangfire scheduler does not take, and it cannot be read "
            + $"as a five-field one because {why ?? "a field is not valid"}. Write five fields — minute hour day-of-month month day-of-week — e.g. '0 3 * * *' for every night at 03:00.";
        return null;
    }

    private static string Any(string field) => field == "?" ? "*" : field;

    /// <summary>Letters other than day and month names (L, W, C) or a <c>#</c>.</summary>
    private static bool QuartzOnly(string days)
    {
        var rest = Names().Replace(days, "");
        return rest.Contains('#', StringComparison.Ordinal) || rest.Any(char.IsAsciiLetter);
    }

    [GeneratedRegex(@"^[0-9A-Za-z*?,/#-]+$")]
    private static partial Regex Field();

    [GeneratedRegex("SUN|MON|TUE|WED|THU|FRI|SAT|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC", RegexOptions.IgnoreCase)]
    private static partial Regex Names();
}
