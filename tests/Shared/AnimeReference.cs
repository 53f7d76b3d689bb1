using System.Text.Json;

namespace MusicRecommender.Tests.Shared;

/// <summary>
/// anime_sklearn_reference.json (scikit-learn 1.2.1 on anime_tracks_popular_spotify.csv) plus the
/// fit data read from the CSV the same way the fixture did: rows with all nine features, first of
/// each id, file order.
/// </summary>
internal sealed class AnimeReference
{
    private static readonly Lazy<AnimeReference> Instance = new(Load);

    private AnimeReference(JsonElement root, string[] ids, double[][] rows)
    {
        Root = root;
        Ids = ids;
        Rows = rows;
    }

    public static AnimeReference Value => Instance.Value;

    public JsonElement Root { get; }

    public string[] Ids { get; }

    public double[][] Rows { get; }

    public string[] Features => Strings(Root.GetProperty("features"));

    public JsonElement this[string name] => Root.GetProperty(name);

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static double[][] Matrix(JsonElement array) => array.EnumerateArray().Select(Doubles).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static AnimeReference Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFiles.Fixture("anime_sklearn_reference.json")));
        var root = document.RootElement.Clone();
        var features = Strings(root.GetProperty("features"));
        var (ids, rows) = SharedFiles.ReadFeatures(SharedFiles.Data(root.GetProperty("catalog_csv").GetString()!), features, "id");
        return new AnimeReference(root, ids, rows);
    }
}
