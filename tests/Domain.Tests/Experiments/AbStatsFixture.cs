using System.Text.Json;

namespace MusicRecommender.Domain.Tests.Experiments;

/// <summary>../shared/fixtures/ab_stats_reference.json (SciPy 1.10.1), found beside the repository.</summary>
internal static class AbStatsFixture
{
    public const double Tolerance = 1e-6;

    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "MusicRecommender.sln"))) continue;
            var path = Path.Combine(dir.FullName, "..", "shared", "fixtures", "ab_stats_reference.json");
            return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        }
        throw new InvalidOperationException("MusicRecommender.sln not found above the test folder.");
    });

    public static IEnumerable<object[]> CaseNames() =>
        Root.Value.GetProperty("cases").EnumerateArray().Select(c => new object[] { c.GetProperty("name").GetString()! });

    public static JsonElement Case(string name) =>
        Root.Value.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static IEnumerable<JsonElement> SampleRatioCases => Root.Value.GetProperty("srm_chi_square").EnumerateArray();

    public static int[] Stars(this JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static double Number(this JsonElement element, string name) => element.GetProperty(name).GetDouble();

    public static (double Low, double High) Pair(this JsonElement element, string name)
    {
        var values = element.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return (values[0], values[1]);
    }

    /// <summary>Relative tolerance, with an absolute floor for values that are exactly zero.</summary>
    public static void Close(double expected, double? actual, double tolerance = Tolerance)
    {
        Assert.NotNull(actual);
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(actual.Value - expected) <= tolerance * scale || Math.Abs(actual.Value - expected) < 1e-12 && expected == 0,
            $"expected {expected:R}, got {actual.Value:R} (relative error {Math.Abs(actual.Value - expected) / scale:E2})");
    }
}
