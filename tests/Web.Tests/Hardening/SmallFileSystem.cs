using System.Diagnostics;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>
/// A tmpfs of a given size mounted on a fresh folder (the tests run as root on the CI machine), so a test
/// can fill a real disk: writes past its size fail with ENOSPC, and SQLite answers SQLITE_FULL.
/// </summary>
internal sealed class SmallFileSystem : IDisposable
{
    private SmallFileSystem(string path) => Path = path;

    public string Path { get; }

    public static SmallFileSystem Mount(long megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"musicrec-tmpfs-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        if (code != 0) throw new InvalidOperationException($"Mounting a {megabytes} MB tmpfs on {path} failed (the test needs root): {output}");
        return new SmallFileSystem(path);
    }

    /// <summary>Writes a file until the file system is full; returns its path (delete it to free the space).</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None);
        var block = new byte[1 << 16];
        try
        {
            while (true) stream.Write(block);
        }
        catch (IOException)
        {
            // ENOSPC: the disk is full.
        }
        return filler;
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
