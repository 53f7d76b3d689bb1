using System.Text.Json;
using MusicRecommender.Pipeline.Cli;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Pipeline.Tests.Cli;

public sealed class FitCommandTests : IDisposable
{
    private const string NineFeatures = "danceability,energy,loudness,speechiness,acousticness,instrumentalness,liveness,valence,tempo";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("fit-command-tests-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string AnimeCsv => SharedFiles.Data("anime_tracks_popular_spotify.csv");

    [Fact]
    public async Task Fit_WhenStartedFromTheFixturesInitRows_ReproducesSklearnsLabelsAndInertia()
    {
        var expected = AnimeReference.Value["kmeans_lloyd_fixed_init"];
        var initRows = string.Join(',', AnimeReference.Ints(expected.GetProperty("init_row_indices")));
        var output = Path.Combine(_folder.FullName, "fit.json");

        var exit = await CommandLine.RunAsync(["fit", "--input", AnimeCsv, "--features", NineFeatures, "--scaler", "standard", "--pca", "none", "--init-rows", initRows, "--output", output]);

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = report.RootElement;
        Assert.Equal(AnimeReference.Ints(expected.GetProperty("labels")), AnimeReference.Ints(root.GetProperty("labels")));
        var inertia = expected.GetProperty("inertia").GetDouble();
        Assert.True(Math.Abs(root.GetProperty("inertia").GetDouble() - inertia) <= 1e-6 * inertia);
        Assert.Equal(expected.GetProperty("n_iter").GetInt32(), root.GetProperty("nIter").GetInt32());
        Assert.Equal(expected.GetProperty("k").GetInt32(), root.GetProperty("k").GetInt32());
        Assert.Equal(expected.GetProperty("silhouette_euclidean").GetDouble(), root.GetProperty("silhouette").GetDouble(), 1e-6);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nComponents").ValueKind);
        var scaler = root.GetProperty("scaler");
        Assert.Equal("standard", scaler.GetProperty("kind").GetString());
        var mean = AnimeReference.Doubles(AnimeReference.Value["standard_scaler"].GetProperty("mean"));
        Assert.Equal(mean[2], scaler.GetProperty("features")[2].GetProperty("parameters").GetProperty("mean").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Fit_WhenPcaAndAutoK_WritesComponentsCurveAndEveryContractField()
    {
        var output = Path.Combine(_folder.FullName, "auto.json");

        var exit = await CommandLine.RunAsync(["fit", "--input", AnimeCsv, "--features", NineFeatures, "--scaler", "auto", "--pca", "0.95", "--k", "auto", "--k-max", "6", "--n-init", "2", "--seed", "7", "--output", output]);

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = report.RootElement;
        foreach (var field in new[] { "k", "inertia", "silhouette", "nIter", "labels", "centers", "nComponents", "explainedVarianceRatio", "scaler" })
            Assert.True(root.TryGetProperty(field, out _), field);
        var components = root.GetProperty("nComponents").GetInt32();
        Assert.Equal(components, root.GetProperty("explainedVarianceRatio").GetArrayLength());
        Assert.Equal(components, root.GetProperty("centers")[0].GetArrayLength());
        Assert.Equal(5, root.GetProperty("curve").GetArrayLength());
        Assert.Equal(438, root.GetProperty("labels").GetArrayLength());
        Assert.All(root.GetProperty("scaler").GetProperty("features").EnumerateArray(),
            f => Assert.Contains(f.GetProperty("kind").GetString(), new[] { "standard", "robust", "minmax" }));
    }

    [Theory]
    [InlineData("--features", "danceability,nope")]
    [InlineData("--scaler", "zscore")]
    [InlineData("--pca", "1.5")]
    [InlineData("--k", "two")]
    [InlineData("--init-rows", "0,x")]
    [InlineData("--init-rows", "0,100000")]
    [InlineData("--colour", "blue")]
    public async Task Fit_WhenAnOptionIsBad_ExitsWithCode2(string option, string value)
    {
        var args = new Dictionary<string, string>
        {
            ["--input"] = AnimeCsv,
            ["--features"] = NineFeatures,
            ["--output"] = Path.Combine(_folder.FullName, "bad.json"),
        };
        args[option] = value;

        var exit = await CommandLine.RunAsync(["fit", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(args["--output"]));
    }

    [Fact]
    public async Task Fit_WhenTheInputIsMissing_ExitsWithCode2()
    {
        var exit = await CommandLine.RunAsync(["fit", "--input", Path.Combine(_folder.FullName, "none.csv"), "--features", "a", "--output", Path.Combine(_folder.FullName, "x.json")]);

        Assert.Equal(2, exit);
    }
}
