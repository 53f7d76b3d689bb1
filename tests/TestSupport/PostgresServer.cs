using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MusicRecommender.TestSupport;

/// <summary>
/// A real PostgreSQL server for tests: the one named by <c>MUSICREC_TEST_POSTGRES</c> (a superuser
/// connection string; .ci/run starts a throwaway cluster and sets it), or else a throwaway cluster this
/// process starts itself from Debian's <c>postgresql</c> binaries (initdb in a temp folder, loopback
/// port, run as the unprivileged <c>postgres</c> user when we are root). Each test gets its own database.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "MUSICREC_TEST_POSTGRES";

    private static readonly Lazy<string> AdminConnection = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = AdminConnection.Value;
        var name = "musicrec_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnection.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string StartOrFind()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured) return configured;

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException($"PostgreSQL tests need a server: install Debian's postgresql (apt-get install -y postgresql) or set {EnvironmentVariable}. .ci/run does both.");

        RemoveStoppedClusters();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres:postgres", folder], asPostgres: false);
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asRoot);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-w", "-l", Path.Combine(folder, "server.log"), "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot);
                DeleteWithRetries(folder);
            }
            catch (InvalidOperationException)
            {
                // The server may already be gone; nothing to clean up then.
            }
            catch (IOException)
            {
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true";
    }

    private const string FolderPrefix = "musicrec-pg-";

    /// <summary>
    /// Clusters of earlier test runs whose server is gone (no postmaster.pid) and that nobody touched for
    /// a while: a run that was killed, or whose exit handler lost a race with the server's last writes,
    /// leaves 250 MB behind each time.
    /// </summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid"))) continue;
            if (Directory.GetLastWriteTimeUtc(Directory.Exists(data) ? data : folder) > DateTime.UtcNow.AddMinutes(-10)) continue;
            DeleteWithRetries(folder);
        }
    }

    private static void DeleteWithRetries(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 5)
            {
                // The server's last processes may still be closing files.
                Thread.Sleep(200 * attempt);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    private static void Run(string file, IEnumerable<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
