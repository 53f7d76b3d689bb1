using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Imports the raw dataset files (one file, or every recognised CSV in a folder) into Tracks.
/// Each file is read and validated completely, then written in one transaction: a broken file or a
/// crash leaves the database as it was. Tracks are upserted by Spotify id, so re-imports are harmless.
/// After the rows are written, <see cref="CatalogIdentity"/> updates artist identity and song groups once for
/// the whole import (its own step, so the row loop stays a plain bulk write).
/// </summary>
public sealed class CatalogImporter(AppDbContext db, CatalogIdentity identity, TimeProvider clock, ILogger<CatalogImporter> logger)
{
    private const int ExamplesKept = 5;
    private const int ProgressEvery = 10_000;

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

    private async Task<FileImportResult> WriteFileAsync(
        string path, IProgress<ImportProgress>? progress, Dictionary<string, IReadOnlyList<string>> credits, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var file = CatalogFileReader.Read(path, n => progress?.Report(new ImportProgress(name, ImportPhase.Reading, n, 0)), cancellationToken);
        var incoming = TrackMerger.Combine(file.Rows);
        var existing = await LoadExistingAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var inserted = 0;
        var updated = 0;
        var unchanged = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await using var writer = new TrackWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), file.Format.Source, now);
            var done = 0;
            foreach (var track in incoming)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!existing.TryGetValue(track.SpotifyId, out var stored))
                {
                    await writer.InsertAsync(track, cancellationToken);
                    inserted++;
                }
                // The name-by-name credit is not stored on the row; only what is stored decides "changed".
                else if (TrackMerger.Fill(stored.Row, track) is var merged && merged with { ArtistNames = stored.Row.ArtistNames } != stored.Row)
                {
                    await writer.UpdateAsync(stored.Id, merged, cancellationToken);
                    updated++;
                }
                else
                {
                    unchanged++;
                }
                if (++done % ProgressEvery == 0) progress?.Report(new ImportProgress(name, ImportPhase.Writing, done, incoming.Count));
            }
            await writer.FlushAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        progress?.Report(new ImportProgress(name, ImportPhase.Done, incoming.Count, incoming.Count));
        foreach (var track in incoming)
        {
            if (track.ArtistNames.Count > 0) credits.TryAdd(track.SpotifyId, track.ArtistNames);
        }

        var result = new FileImportResult(
            path,
            file.Format.Name,
            file.DataRows,
            file.Rows.Count,
            file.Rows.Count - incoming.Count,
            inserted,
            updated,
            unchanged,
            file.Rejected.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            file.Rejected.Take(ExamplesKept).ToArray());
        logger.LogInformation(
            "Imported {File} ({Format}): {Rows} rows, {Inserted} new, {Updated} updated, {Unchanged} unchanged, {Rejected} skipped",
            name, result.Format, result.DataRows, inserted, updated, unchanged, result.Rejected);
        return result;
    }

    /// <summary>Every stored track as a row, so stored and incoming tracks merge by the same rule.</summary>
    private async Task<Dictionary<string, (int Id, ImportRow Row)>> LoadExistingAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Tracks.AsNoTracking().ToListAsync(cancellationToken);
        return stored.ToDictionary(
            t => t.SpotifyId,
            t => (t.Id, new ImportRow
            {
                SpotifyId = t.SpotifyId, Title = t.Title, Artists = t.Artists, ArtistSlug = t.ArtistSlug, ArtistsFromSlug = t.ArtistsFromSlug,
                Album = t.Album, ReleaseDate = t.ReleaseDate,
                Popularity = t.Popularity, Genre = t.Genres, Catalogs = t.Catalogs, Features = t.Features,
                Key = t.Key, Mode = t.Mode, TimeSignature = t.TimeSignature, DurationMs = t.DurationMs, Explicit = t.Explicit,
            }),
            StringComparer.Ordinal);
    }

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
