using System.Globalization;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// The time between two consecutive occurrences of a five-field cron expression, for the start-up catch-up
/// ("is the last success older than the schedule's period?"). Hangfire keeps its cron parser (Cronos) to
/// itself, so this reads the common grammar with Cronos's rules — numbers, names, <c>*</c>, <c>?</c>, ranges
/// (reversed ones wrap), steps, lists, the <c>@daily</c>-style macros, and a day matching both day-of-month
/// and day-of-week when both are given. The rarer forms (<c>L</c>, <c>W</c>, <c>#</c>) count as daily: the
/// catch-up then retrains when the last success is more than a day old. Scheduling itself is Hangfire's.
/// </summary>
public static class CronPeriod
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static TimeSpan Of(string cron, DateTime localNow)
    {
        if (Parse(cron) is not { } fields) return TimeSpan.FromDays(1);
        var first = Next(fields, localNow);
        var second = first is { } f ? Next(fields, f) : null;
        return first is { } a && second is { } b ? b - a : TimeSpan.FromDays(1);
    }

    /// <summary>The next matching minute after <paramref name="after"/> within about five years; null when there is none.</summary>
    private static DateTime? Next(bool[][] fields, DateTime after)
    {
        var (minutes, hours, days, months, weekdays) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        var day = after.Date;
        for (var i = 0; i < 366 * 5; i++, day = day.AddDays(1))
        {
            if (!months[day.Month] || !days[day.Day] || !weekdays[(int)day.DayOfWeek]) continue;
            for (var hour = 0; hour < 24; hour++)
            {
                if (!hours[hour]) continue;
                for (var minute = 0; minute < 60; minute++)
                {
                    var at = day.AddHours(hour).AddMinutes(minute);
                    if (minutes[minute] && at > after) return at;
                }
            }
        }
        return null;
    }

    private static bool[][]? Parse(string cron)
    {
        var text = cron.Trim().ToUpperInvariant() switch
        {
            "@HOURLY" => "0 * * * *",
            "@DAILY" or "@MIDNIGHT" => "0 0 * * *",
            "@WEEKLY" => "0 0 * * 0",
            "@MONTHLY" => "0 0 1 * *",
            "@YEARLY" or "@ANNUALLY" => "0 0 1 1 *",
            "@EVERY_MINUTE" => "* * * * *",
            var other => other,
        };
        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5) return null;
        var fields = new[] { Field(parts[0], 0, 59, null), Field(parts[1], 0, 23, null), Field(parts[2], 1, 31, null), Field(parts[3], 1, 12, Months), Field(parts[4], 0, 7, Days) };
        if (fields.Any(f => f is null)) return null;
        var weekdays = fields[4]!;
        weekdays[0] |= weekdays[7]; // 7 is Sunday too
        return fields!;
    }

    /// <summary>The values a field allows (index = value), or null for syntax this reader leaves to Hangfire.</summary>
    private static bool[]? Field(string field, int min, int max, string[]? names)
    {
        var allowed = new bool[max + 1];
        foreach (var item in field.Split(','))
        {
            var (range, stepText) = item.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? (item[..slash], item[(slash + 1)..]) : (item, "1");
            if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step < 1) return null;
            int from, to;
            if (range is "*" or "?") (from, to) = (min, max);
            else if (range.IndexOf('-', StringComparison.Ordinal) is var dash and > 0)
            {
                if (Value(range[..dash], min, max, names) is not { } a || Value(range[(dash + 1)..], min, max, names) is not { } b) return null;
                (from, to) = (a, b < a ? b + max - min + 1 : b); // a reversed range wraps: 22-2 is 22,23,0,1,2
            }
            else if (Value(range, min, max, names) is { } single) (from, to) = (single, item.Contains('/', StringComparison.Ordinal) ? max : single);
            else return null;
            for (var v = from; v <= to; v += step) allowed[v > max ? v - (max - min + 1) : v] = true;
        }
        return allowed;
    }

    private static int? Value(string text, int min, int max, string[]? names)
    {
        if (names is not null && Array.IndexOf(names, text) is var index and >= 0) return index + (names.Length == 12 ? 1 : 0);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
    }
}
