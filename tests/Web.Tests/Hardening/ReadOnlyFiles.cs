using System.Diagnostics;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>
/// Makes a folder's database files unwritable while a site runs: chmod for an ordinary user; for root,
/// whom permissions do not stop, the immutable attribute (chattr +i, ext4 and most Linux file systems).
/// The shared-memory index (<c>-shm</c>) stays writable, as a read-only mount's would be absent: readers keep working.
/// </summary>
internal static class ReadOnlyFiles
{
    public static void Set(string folder, bool readOnly)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The storage tests make files read-only the Unix way.");
        var paths = Directory.GetFiles(folder).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)).ToArray();
        if (Environment.UserName == "root")
        {
            var chattr = new ProcessStartInfo("chattr") { RedirectStandardError = true };
            chattr.ArgumentList.Add(readOnly ? "+i" : "-i");
            foreach (var path in paths) chattr.ArgumentList.Add(path);
            using var process = Process.Start(chattr)!;
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("chattr failed: " + process.StandardError.ReadToEnd());
            return;
        }
        foreach (var file in paths.Where(File.Exists))
            File.SetUnixFileMode(file, readOnly ? UnixFileMode.UserRead | UnixFileMode.GroupRead : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
    }
}
