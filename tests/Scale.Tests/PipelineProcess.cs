using System.Diagnostics;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Scale.Tests;

/// <summary>The command line (<c>dotnet MusicRecommender.Pipeline.dll ...</c>) as built for these tests, run against a database.</summary>
internal static class PipelineProcess
{
    public static async Task<(int Exit, string Output)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = SharedData.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(PipelineDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output + await error);
    }

    private static string PipelineDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var built = Path.Combine(SharedData.RepositoryRoot, "Pipeline", "bin", configuration, "net10.0", "MusicRecommender.Pipeline.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException($"The command line is not built: {built}. Build the solution first.");
    }
}
