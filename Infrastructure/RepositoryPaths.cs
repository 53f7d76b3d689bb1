namespace MusicRecommender.Infrastructure;

/// <summary>
/// Finds the repository root (the folder holding MusicRecommender.sln) from wherever a program runs,
/// so the site and the command line share one database file and one seed folder whichever project
/// directory they are started from. Outside a checkout (a container) there is no root.
/// </summary>
public static class RepositoryPaths
{
    private const string Marker = "MusicRecommender.sln";

    public static string? FindRoot(params string?[] startDirectories)
    {
        foreach (var start in startDirectories.Append(Directory.GetCurrentDirectory()).Append(AppContext.BaseDirectory))
        {
            if (string.IsNullOrEmpty(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker))) return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>Resolves a relative path against the repository root, or the fallback when there is none.</summary>
    public static string Resolve(string path, string fallbackBase)
    {
        if (Path.IsPathRooted(path)) return path;
        return Path.GetFullPath(Path.Combine(FindRoot(fallbackBase) ?? fallbackBase, path));
    }
}
