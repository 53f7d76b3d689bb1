using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Pipeline.Tests.Cli;

/// <summary>
/// The real command line in its own process (so its environment is its own), on a temporary SQLite
/// file, with every outside service pointed at a closed loopback port unless a test says otherwise.
/// </summary>
internal static class PipelineCli
{
    public const string DatabaseFile = "cli.db";

    public static async Task<(int Exit, string Output, string Error)> RunAsync(TempFolder folder, IDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = SharedData.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(PipelineDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Default"] = $"Data Source={folder.File(DatabaseFile)}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        // Whatever this machine's settings say, the command never reaches a real service.
        start.Environment["Spotify__ApiBaseUrl"] = start.Environment["Spotify__AccountsBaseUrl"] = start.Environment["Features__ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort;
        foreach (var key in new[] { "MultiGenre", "AnimeSongs", "KpopWestern" }) start.Environment[$"Datasets__{key}__Url"] = OutsideServices.ClosedPort;
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static long Scalar(TempFolder folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File(DatabaseFile)};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The command line as built beside these tests (same configuration).</summary>
    private static string PipelineDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var local = Path.Combine(AppContext.BaseDirectory, "MusicRecommender.Pipeline.dll");
        var built = Path.Combine(SharedData.RepositoryRoot, "Pipeline", "bin", configuration, "net10.0", "MusicRecommender.Pipeline.dll");
        return File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json")) ? local : built;
    }
}
