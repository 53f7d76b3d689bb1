namespace MusicRecommender.TestSupport;

/// <summary>A private folder under the system temp directory, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "musicrec-test")
        : this(System.IO.Path.GetTempPath(), prefix)
    {
    }

    /// <summary>A fresh folder inside <paramref name="parent"/> (a file system of the test's own, say).</summary>
    public TempFolder(string parent, string prefix)
    {
        Path = System.IO.Path.Combine(parent, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (SQLite WAL) is left to the OS temp cleaner.
        }
    }
}
