using System.Globalization;

namespace MusicRecommender.Web.Pages;

/// <summary>Counts in words: "1 rating", "3 ratings" (nouns that take an "s").</summary>
public static class Plural
{
    public static string Count(long count, string noun) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
