using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Imports the raw dataset files (one file, or every recognised CSV in a folder) into Tracks.
/// Each file is streamed into one transaction (rows are written as they are read, so memory does not grow
/// with the file): a file found broken, a cancellation or a crash leaves the database as it was. Tracks are
/// upserted by Spotify id, so re-imports are harmless.
/// After the rows are written, <see cref="CatalogIdentity"/> updates artist identity and song groups once for
/// the whole import (its own step, so the row loop stays a plain bulk write).
/// </summary>
public sealed class CatalogImporter(AppDbContext db, CatalogIdentity identity, TimeProvider clock, ILogger<CatalogImporter> logger)
{
    /// <summary>Rows merged and looked up together: one query per batch finds the stored tracks.</summary>
    private const int BatchRows = 2_000;

    public async Task<ImportSummary> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var results = new List<FileImportResult>();
        var errors = new List<string>();
        var skipped = new List<string>();
        IEnumerable<string> files;
        if (Directory.Exists(path))
        {
            files = OrderFolder(path, skipped);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            return new ImportSummary([], [$"{path}: no such file or folder."], []);
        }

        var credits = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                results.Add(await WriteFileAsync(file, progress, credits, cancellationToken));
            }
            catch (CatalogFileException e)
            {
                logger.LogWarning("Import of {File} refused: {Reason}", file, e.Message);
                errors.Add(e.Message);
            }
        }
        if (results.Count == 0 && errors.Count == 0) errors.Add($"{path}: no catalog CSV files found.");
        var songs = results.Count > 0 ? await identity.UpdateAllAsync(credits, cancellationToken) : null;
        return new ImportSummary(results, errors, skipped) { Identity = songs };
    }

    public async Task<FileImportResult> ImportFileAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var credits = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var result = await WriteFileAsync(path, progress, credits, cancellationToken);
        await identity.UpdateAllAsync(credits, cancellationToken);
        return result;
    }

    /// <summary>One file in one transaction; the name-by-name credits it lists join <paramref name="credits"/> once it is committed.</summary>
    private async Task<FileImportResult> WriteFileAsync(
        string path, IProgress<ImportProgress>? progress, Dictionary<string, IReadOnlyList<string>> credits, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        using var file = CatalogFileReader.Open(path);
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = new ImportCounts();
        var fileCredits = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        // Rows are written as they are read, batch by batch, inside one transaction: memory stays flat
        // whatever the file's size, and a file found broken at its end (truncated, mostly invalid) or a
        // cancellation rolls back everything written from it.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await using var writer = new TrackWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), file.Format.Source, now);
            var batch = new List<ImportRow>(BatchRows);
            foreach (var row in file.Rows(n => progress?.Report(new ImportProgress(name, ImportPhase.Reading, n, 0)), cancellationToken))
            {
                batch.Add(row);
                if (batch.Count < BatchRows) continue;
                await WriteBatchAsync(writer, batch, counts, fileCredits, cancellationToken);
                progress?.Report(new ImportProgress(name, ImportPhase.Writing, counts.Written, 0) { FileFraction = file.FractionRead });
            }
            await WriteBatchAsync(writer, batch, counts, fileCredits, cancellationToken);
            progress?.Report(new ImportProgress(name, ImportPhase.Writing, counts.Written, counts.Written) { FileFraction = 1 });
            await writer.FlushAsync(cancellationToken);
            if (counts.Inserted + counts.Updated > 0) await CatalogVersion.BumpAsync(db, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        progress?.Report(new ImportProgress(name, ImportPhase.Done, counts.Written, counts.Written));
        foreach (var (spotifyId, names) in fileCredits) credits.TryAdd(spotifyId, names);

        var result = new FileImportResult(
            path,
            file.Format.Name,
            file.DataRows,
            file.ValidRows,
            counts.Repeated,
            counts.Inserted,
            counts.Updated,
            counts.Unchanged,
            file.RejectedByReason.OrderByDescending(r => r.Value).ToDictionary(r => r.Key, r => r.Value),
            file.FirstRejected);
        logger.LogInformation(
            "Imported {File} ({Format}): {Rows} rows, {Inserted} new, {Updated} updated, {Unchanged} unchanged, {Rejected} skipped",
            name, result.Format, result.DataRows, counts.Inserted, counts.Updated, counts.Unchanged, result.Rejected);
        return result;
    }

    /// <summary>
    /// Merges a batch with what is stored (tracks earlier in the same file included: the writer is
    /// flushed first, and the lookup runs in the same transaction) and writes the difference.
    /// </summary>
    private async Task WriteBatchAsync(
        TrackWriter writer, List<ImportRow> batch, ImportCounts counts, Dictionary<string, IReadOnlyList<string>> credits, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return;
        cancellationToken.ThrowIfCancellationRequested();
        var incoming = TrackMerger.Combine(batch);
        counts.Repeated += batch.Count - incoming.Count;
        batch.Clear();
        await writer.FlushAsync(cancellationToken);
        var ids = incoming.Select(t => t.SpotifyId).ToList();
        var stored = (await db.Tracks.AsNoTracking().Where(t => ids.Contains(t.SpotifyId)).ToListAsync(cancellationToken))
            .ToDictionary(t => t.SpotifyId, t => (t.Id, Row: StoredRow(t)), StringComparer.Ordinal);
        foreach (var track in incoming)
        {
            ImportCounts.Outcome outcome;
            if (!stored.TryGetValue(track.SpotifyId, out var current))
            {
                await writer.InsertAsync(track, cancellationToken);
                outcome = ImportCounts.Outcome.Inserted;
            }
            // The name-by-name credit is not stored on the row; only what is stored decides "changed".
            else if (TrackMerger.Fill(current.Row, track) is var merged && merged with { ArtistNames = current.Row.ArtistNames } != current.Row)
            {
                await writer.UpdateAsync(current.Id, merged, cancellationToken);
                outcome = ImportCounts.Outcome.Updated;
            }
            else
            {
                outcome = ImportCounts.Outcome.Unchanged;
            }
            counts.Count(track.SpotifyId, outcome);
            if (track.ArtistNames.Count > 0) credits.TryAdd(track.SpotifyId, track.ArtistNames);
        }
    }

    /// <summary>A stored track as a row, so stored and incoming tracks merge by the same rule.</summary>
    private static ImportRow StoredRow(Data.Entities.Track t) => new()
    {
        SpotifyId = t.SpotifyId, Title = t.Title, Artists = t.Artists, ArtistSlug = t.ArtistSlug, ArtistsFromSlug = t.ArtistsFromSlug,
        Album = t.Album, ReleaseDate = t.ReleaseDate,
        Popularity = t.Popularity, Genre = t.Genres, Catalogs = t.Catalogs, Features = t.Features,
        Key = t.Key, Mode = t.Mode, TimeSignature = t.TimeSignature, DurationMs = t.DurationMs, Explicit = t.Explicit,
    };

    /// <summary>Recognised CSVs in a fixed order (richest metadata first); others are reported as skipped.</summary>
    private static string[] OrderFolder(string folder, List<string> skipped)
    {
        var recognised = new List<(int Rank, string File)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var format = CatalogFormat.Detect(ReadHeader(file));
            if (format is null) skipped.Add($"{Path.GetFileName(file)}: not a recognised catalog format");
            else recognised.Add((CatalogFormat.All.ToList().IndexOf(format), file));
        }
        return recognised.OrderBy(r => r.Rank).ThenBy(r => r.File, StringComparer.Ordinal).Select(r => r.File).ToArray();
    }

    private static string[] ReadHeader(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            return (reader.ReadLine() ?? "").Split(',').Select(h => h.Trim().Trim('"')).ToArray();
        }
        catch (IOException)
        {
            return [];
        }
    }
}
