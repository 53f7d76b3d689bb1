using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>
/// A command or the site run as its own process for the scale bench, so its memory is its own: peak
/// resident memory is read from <c>/proc/PID/status</c> (VmHWM, the kernel's high-water mark) while it
/// runs. Output is kept; lines can be watched for (the site's "Now listening on").
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Action<string>? _onLine;
    private long _peakKb;

    private ChildProcess(ProcessStartInfo start, Action<string>? onLine)
    {
        _onLine = onLine;
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
    }

    public string Output => string.Join('\n', _output);

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool HasExited => _process.HasExited;

    /// <summary>Completes when the process has ended.</summary>
    public Task Exited => _process.WaitForExitAsync();

    /// <summary>Peak resident memory so far, in MiB.</summary>
    public double PeakMb => Math.Max(_peakKb, ReadStatusKb("VmHWM:")) / 1024.0;

    /// <summary>Resident memory now, in MiB.</summary>
    public double ResidentMb => ReadStatusKb("VmRSS:") / 1024.0;

    /// <summary><c>dotnet DLL args…</c> with <paramref name="environment"/> on top of this process's own.</summary>
    public static ChildProcess StartDotnet(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory, Action<string>? onLine = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k == "DOTNET_ENVIRONMENT").ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var child = new ChildProcess(start, onLine);
        if (!child._process.Start()) throw new InvalidOperationException($"Could not start dotnet {dll}.");
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the exit, sampling peak memory on the way; the exit code.</summary>
    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        while (!_process.HasExited)
        {
            _peakKb = Math.Max(_peakKb, ReadStatusKb("VmHWM:"));
            try
            {
                await _process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
            catch (TimeoutException)
            {
                // Sample again.
            }
        }
        await _process.WaitForExitAsync(cancellationToken);
        _clock.Stop();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 400) _output.TryDequeue(out _);
        _onLine?.Invoke(line);
    }

    private long ReadStatusKb(string field)
    {
        try
        {
            if (_process.HasExited) return 0;
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
                var number = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(number, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            // The process ended between the check and the read, or this is not Linux.
        }
        return 0;
    }
}
