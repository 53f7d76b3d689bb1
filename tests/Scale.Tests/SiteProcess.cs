using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// The real site as its own process (<c>dotnet MusicRecommender.Web.dll</c>, built in this test run's
/// configuration), on a loopback port Kestrel picks itself; its output is kept for failure reports.
/// </summary>
public sealed partial class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _address.TrySetException(new InvalidOperationException($"Site {name} exited with code {_process.ExitCode} before listening."));
    }

    public string Name { get; }

    /// <summary>Where the site listens (http://127.0.0.1:port/), once it said so.</summary>
    public Uri Address => _address.Task.IsCompletedSuccessfully ? _address.Task.Result : throw new InvalidOperationException($"Site {Name} is not listening yet.");

    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    public static string WebFolder => Path.Combine(SharedData.RepositoryRoot, "Web");

    public static SiteProcess Start(string name, IDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { WebDll(), "--urls", "http://127.0.0.1:0", "--contentRoot", WebFolder }) start.ArgumentList.Add(arg);
        // Nothing from the test runner's own environment decides where the site listens or what it reads.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k == "DOTNET_ENVIRONMENT").ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var site = new SiteProcess(name, process);
        if (!process.Start()) throw new InvalidOperationException($"Could not start site {name}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return site;
    }

    /// <summary>Waits until the site listens, answers /healthz and serves a model for both catalogs.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _address.Task.WaitAsync(deadline.Token);
            using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
            while (!(await AnswersAsync(http, "/healthz", deadline.Token)
                     && await AnswersAsync(http, "/api/recommendations?q=Shape%20of%20You&catalog=anime", deadline.Token)
                     && await AnswersAsync(http, "/api/recommendations?q=Shape%20of%20You&catalog=kpop", deadline.Token)))
            {
                if (_process.HasExited) throw new InvalidOperationException($"Site {Name} exited with code {_process.ExitCode}.");
                await Task.Delay(250, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Site {Name} was not ready within {timeout}.\n{Tail()}");
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message}\n{Tail()}", e);
        }
    }

    /// <summary>The model version this site serves for a catalog right now (from a recommendations answer).</summary>
    public async Task<int> ServedModelVersionAsync(string catalog)
    {
        using var http = new HttpClient { BaseAddress = Address };
        var list = await http.GetFromJsonAsync<JsonElement>($"/api/recommendations?q=Shape%20of%20You&catalog={catalog}");
        return list.GetProperty("modelVersion").GetInt32();
    }

    /// <summary>How many of this site's log lines contain the text.</summary>
    public int CountLines(string text) => _output.Count(line => line.Contains(text, StringComparison.Ordinal));

    public string Tail(int lines = 150) => $"--- site {Name} (last {lines} lines) ---\n" + string.Join('\n', _output.TakeLast(lines));

    /// <summary>kill -9: SIGKILL, no shutdown code runs (a crash, the OOM killer, a pulled plug).</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(wait.Token);
        }
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        if (!_address.Task.IsCompleted && ListeningOn().Match(line) is { Success: true } m) _address.TrySetResult(new Uri(m.Groups[1].Value));
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(path, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // One slow answer (SQLite while the first import writes, a loaded machine) is asked again.
            return false;
        }
    }

    /// <summary>The site as built for these tests: Web/bin/&lt;this configuration&gt;/net10.0 (built through the project reference).</summary>
    private static string WebDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var built = Path.Combine(WebFolder, "bin", configuration, "net10.0", "MusicRecommender.Web.dll");
        if (File.Exists(built)) return built;
        var local = Path.Combine(AppContext.BaseDirectory, "MusicRecommender.Web.dll");
        return File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json"))
            ? local
            : throw new FileNotFoundException($"The site is not built: neither {built} nor {local} exists. Build the solution first.");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
