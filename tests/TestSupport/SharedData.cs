using MusicRecommender.Infrastructure;

namespace MusicRecommender.TestSupport;

/// <summary>The real datasets and reference fixtures in ../shared beside the repository (never copied into it).</summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } =
        RepositoryPaths.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run the tests from a checkout: MusicRecommender.sln was not found above the test folder.");

    public static string SharedFolder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string DataFolder { get; } = Path.Combine(SharedFolder, "data");

    public static string FixturesFolder { get; } = Path.Combine(SharedFolder, "fixtures");

    public static string MultiGenreCsv => Data("spotify_tracks_multigenre.csv");

    public static string AnimeCsv => Data("anime_tracks_popular_spotify.csv");

    public static string KpopWesternCsv => Data("kpop_western_tracks.csv");

    public static string Data(string file)
    {
        var path = Path.Combine(DataFolder, file);
        if (!File.Exists(path)) throw new FileNotFoundException($"Shared data file missing: {path}. The tests need ../shared beside the repository.", path);
        return path;
    }

    public static string Fixture(string file) => Path.Combine(FixturesFolder, file);
}
