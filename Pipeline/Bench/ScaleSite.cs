using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>
/// The Release site on one bench database, on a loopback port of its own choosing, with live lookup
/// off (no outside host is called) and the API rate limit out of the way. Ready once both catalogs
/// answer recommendations (a first start trains the missing models).
/// </summary>
internal sealed partial class ScaleSite : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ScaleSite(string webDll, string webFolder, string database)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Default"] = $"Data Source={database}",
            ["Database__Provider"] = "Sqlite",
            ["Catalog__SeedOnStartup"] = "false",
            ["Retraining__CatchUpOnStart"] = "false",
            ["Features__ReccoBeatsEnabled"] = "false",
            // Requests one at a time from one client: every per-client limit out of the way (lists have their own).
            ["RateLimiting__ApiPermitsPerMinute"] = "1000000",
            ["RateLimiting__ListsPerMinute"] = "1000000",
            ["RateLimiting__WritesPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        _process = ChildProcess.StartDotnet(webDll, ["--urls", "http://127.0.0.1:0", "--contentRoot", webFolder], environment, webFolder, Watch);
        _process.Exited.ContinueWith(
            _ => _address.TrySetException(new InvalidOperationException("The site exited before listening:\n" + _process.Output)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Uri Address => _address.Task.Result;

    public double ResidentMb => _process.ResidentMb;

    public double PeakMb => _process.PeakMb;

    public static ScaleSite Start(string webDll, string webFolder, string database) => new(webDll, webFolder, database);

    public async Task<TimeSpan> WaitUntilReadyAsync(HttpClient http, int trackId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var address = await _address.Task.WaitAsync(deadline.Token);
            foreach (var catalog in new[] { "anime", "kpop" })
            {
                var probe = new Uri(address, $"/api/recommendations?trackId={trackId}&catalog={catalog}");
                while (!await AnswersAsync(http, probe, deadline.Token))
                {
                    if (_process.HasExited) throw new InvalidOperationException("The site exited:\n" + _process.Output);
                    await Task.Delay(500, deadline.Token);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The site was not ready within {timeout.TotalMinutes:F0} minutes:\n" + _process.Output);
        }
        return Stopwatch.GetElapsedTime(started);
    }

    public ValueTask DisposeAsync()
    {
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Watch(string line)
    {
        var match = ListeningOn().Match(line);
        if (match.Success) _address.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
