using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace MusicRecommender.Pipeline.Cli.Datasets;

/// <summary>
/// Downloads one dataset into a folder: into <c>NAME.part</c> first, resumed with an HTTP Range request
/// when it was cut off (in this run or an earlier one), then checked against its SHA-256 and only then
/// renamed to <c>NAME</c>. A file whose checksum differs is deleted, never kept under its real name.
/// </summary>
public sealed class DatasetDownloader(HttpClient http, TextWriter output, TimeSpan readTimeout)
{
    public const int MaxRedirects = 10;

    /// <summary>The first try and the resumes after a cut-off within one run.</summary>
    public const int MaxAttempts = 4;

    private const int ProgressSteps = 10;

    public async Task<FetchOutcome> FetchAsync(string key, DatasetSource source, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var target = Path.Combine(folder, source.FileName);
        var expected = source.Sha256.ToLowerInvariant();
        if (File.Exists(target))
        {
            var present = await Sha256Async(target, cancellationToken);
            if (present == expected) return FetchOutcome.AlreadyThere;
            throw new DatasetFetchException($"{source.FileName}: {target} is already there but is not the expected file "
                + $"(SHA-256 {present}, expected {expected}). Move it away or fetch into another folder with --to DIR.");
        }

        var part = target + ".part";
        var download = new Download(key, source, part);
        for (var attempt = 1; ; attempt++)
        {
            var cutOff = await DownloadOnceAsync(download, cancellationToken);
            if (cutOff is null) break;
            var kept = File.Exists(part) ? new FileInfo(part).Length : 0;
            if (attempt == MaxAttempts)
                throw new DatasetFetchException($"{source.FileName}: the download from {source.Url} was cut off {attempt} times ({cutOff}); "
                    + $"{Size(kept)} are kept in {part}. Run the command again to resume.");
            output.WriteLine($"  {source.FileName}: cut off at {Size(kept)} ({cutOff}); resuming");
        }

        var actual = await Sha256Async(part, cancellationToken);
        if (actual != expected)
        {
            File.Delete(part);
            throw new DatasetFetchException($"{source.FileName}: checksum differs: expected SHA-256 {expected}, got {actual} "
                + $"(downloaded from {source.Url}). The file was deleted. If the upstream file changed on purpose, check it and set "
                + $"Datasets__{key}__Sha256={actual}.");
        }
        File.Move(part, target);
        return FetchOutcome.Downloaded;
    }

    /// <summary>One request, appended to the part file; null when the body arrived whole, else why it was cut off.</summary>
    private async Task<string?> DownloadOnceAsync(Download download, CancellationToken cancellationToken)
    {
        var from = File.Exists(download.Part) ? new FileInfo(download.Part).Length : 0;
        using var response = await SendAsync(download, from, cancellationToken);
        // The part already holds the whole file: the checksum decides.
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable) return null;
        var resumed = response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From == from;
        if (from > 0 && !resumed) output.WriteLine($"  {download.Source.FileName}: the server cannot resume; starting over");
        if (!resumed) from = 0;
        var total = resumed ? response.Content.Headers.ContentRange?.Length : response.Content.Headers.ContentLength;
        if (from > 0) output.WriteLine($"  {download.Source.FileName}: resuming at {Size(from)}");

        await using var file = new FileStream(download.Part, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None);
        var buffer = new byte[81920];
        var written = from;
        var reported = total is > 0 ? (int)(written * ProgressSteps / total.Value) : 0;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            while (true)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle.CancelAfter(readTimeout);
                var read = await body.ReadAsync(buffer, idle.Token);
                if (read == 0) break;
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                written += read;
                reported = Report(download, written, total, reported);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return e is OperationCanceledException ? $"nothing received for {readTimeout.TotalSeconds:0} s" : e.Message;
        }
        if (total is { } expected && written < expected) return $"the connection closed after {Size(written)} of {Size(expected)}";
        if (total is null) output.WriteLine($"  {download.Source.FileName}: {Size(written)}");
        return null;
    }

    /// <summary>GET with redirects followed by hand, so that a loop or a moved file gets a message that says so.</summary>
    private async Task<HttpResponseMessage> SendAsync(Download download, long from, CancellationToken cancellationToken)
    {
        var (name, start) = (download.Source.FileName, new Uri(download.Source.Url));
        var visited = new List<Uri> { start };
        var uri = start;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (from > 0) request.Headers.Range = new RangeHeaderValue(from, null);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new DatasetFetchException($"{name}: could not reach {uri.Host} ({e.Message}). Check the connection (or proxy) and run the command again.");
            }
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location;
                response.Dispose();
                if (location is null) throw new DatasetFetchException($"{name}: {uri} answered {status} without a Location to go to.");
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (status is 301 or 308) output.WriteLine($"  {name}: {uri} has moved permanently to {next} (you may set Datasets__{download.Key}__Url to it)");
                var loop = visited.Contains(next);
                visited.Add(next);
                if (loop || visited.Count > MaxRedirects + 1)
                    throw new DatasetFetchException($"{name}: {start} redirects {(loop ? "in a loop" : $"more than {MaxRedirects} times")} "
                        + $"({string.Join(" → ", visited)}). The file has probably moved: find its new address (docs/data.md) and set "
                        + $"Datasets__{download.Key}__Url.");
                uri = next;
                continue;
            }
            if (response.IsSuccessStatusCode || (from > 0 && response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)) return response;
            var answer = $"{name}: {uri} answered {status} {response.ReasonPhrase}";
            response.Dispose();
            throw new DatasetFetchException(status is 404 or 410
                ? $"{answer}: the file has moved or is gone. Find its new address (docs/data.md says where each dataset comes from) "
                    + $"and set Datasets__{download.Key}__Url."
                : $"{answer}. Try again later; a partial download resumes.");
        }
    }

    private int Report(Download download, long written, long? total, int reported)
    {
        if (total is not > 0) return reported;
        var step = (int)(written * ProgressSteps / total.Value);
        if (step <= reported) return reported;
        output.WriteLine($"  {download.Source.FileName}: {Size(written)} of {Size(total.Value)} ({100 * written / total.Value}%)");
        return step;
    }

    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static string Size(long bytes) => bytes >= 1_000_000
        ? (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " kB";

    private sealed record Download(string Key, DatasetSource Source, string Part);
}
