using System.Globalization;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>
/// A cron schedule in words for the Jobs page: "every day at 03:00". Reads the standard 5 fields
/// (minute hour day-of-month month day-of-week, as Hangfire uses); a Quartz expression (seconds
/// first, optional year, "?") is read by dropping those parts. Shapes it does not know come back
/// as "on the schedule …" rather than a wrong sentence.
/// </summary>
public static class CronText
{
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string Describe(string? cron)
    {
        var fields = (cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length is 6 or 7) fields = fields[1..6];
        if (fields.Length != 5) return $"on the schedule {cron}";
        var (minute, hour, dayOfMonth, month, dayOfWeek) = (fields[0], fields[1], fields[2], Any(fields[3]), fields[4].Replace('?', '*'));
        dayOfMonth = dayOfMonth.Replace('?', '*');
        if (!month) return $"on the schedule {cron}";

        if (Number(minute, 59) is { } m && Number(hour, 23) is { } h)
        {
            var at = $"at {h:00}:{m:00} UTC";
            if (dayOfMonth == "*" && dayOfWeek == "*") return $"every day {at}";
            if (dayOfMonth == "*" && WeekDays(dayOfWeek) is { } days) return $"{days} {at}";
            if (dayOfWeek == "*" && Number(dayOfMonth, 31) is { } d and >= 1) return $"on the {Ordinal(d)} of every month {at}";
            return $"on the schedule {cron}";
        }
        if (dayOfMonth != "*" || dayOfWeek != "*") return $"on the schedule {cron}";
        if (Number(minute, 59) is { } minuteOnly && hour == "*") return minuteOnly == 0 ? "every hour, on the hour" : $"every hour at {minuteOnly} past";
        if (Number(minute, 59) is { } past && Step(hour) is { } hours) return $"every {hours} hours at {past:00} past";
        if (Step(minute) is { } minutes && hour == "*") return $"every {minutes} minutes";
        if (minute == "*" && hour == "*") return "every minute";
        return $"on the schedule {cron}";
    }

    private static bool Any(string field) => field is "*" or "?";

    private static int? Number(string field, int max) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= max ? n : null;

    private static int? Step(string field) =>
        field.StartsWith("*/", StringComparison.Ordinal) && Number(field[2..], 59) is { } n and > 1 ? n : null;

    /// <summary>"every Monday", "every Monday and Thursday", "Monday to Friday"; null for shapes not read.</summary>
    private static string? WeekDays(string field)
    {
        if (field.Split('-') is [var from, var to] && Day(from) is { } a && Day(to) is { } b && a < b) return $"{Days[a]} to {Days[b]}";
        var days = field.Split(',').Select(Day).ToArray();
        if (days.Any(d => d is null)) return null;
        var names = days.Select(d => Days[d!.Value]).ToArray();
        return "every " + (names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1]);
    }

    private static int? Day(string field)
    {
        if (Number(field, 7) is { } n) return n % 7;
        var index = Array.FindIndex(Days, d => d[..3].Equals(field, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : null;
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
