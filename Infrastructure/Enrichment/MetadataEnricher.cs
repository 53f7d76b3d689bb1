using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure.Enrichment;

/// <summary>
/// Fills missing or slug-only metadata (artists, album, release date, popularity; ISRC and duration on the way)
/// from ReccoBeats' <c>/v1/track</c>, 40 ids a call, then Spotify's <c>/v1/tracks/{id}</c> for what is still
/// missing when Spotify has credentials. Each batch is written as it is answered, so a run cut short keeps its
/// work and the next run resumes with the tracks not yet answered for; a 429 is waited out as its Retry-After
/// asks; nothing a track has is ever blanked or overwritten, so running again changes nothing. Afterwards the
/// identity step learns slug names from the new credits and regroups songs.
/// </summary>
public sealed class MetadataEnricher(
    AppDbContext db, ReccoBeatsClient reccoBeats, SpotifyClient spotify, CatalogIdentity identity,
    IOptions<EnrichmentOptions> options, TimeProvider time, ILogger<MetadataEnricher> logger)
{
    /// <param name="scope">The catalogs to enrich; <see cref="Catalogs.None"/> for all tracks.</param>
    public async Task<EnrichmentReport> RunAsync(Catalogs scope = Catalogs.None, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var candidates = await CandidatesAsync(scope, cancellationToken);
        progress?.Report($"{candidates.Count:N0} tracks lack an artist, album, release date or popularity and were not asked recently.");
        var useReccoBeats = reccoBeats.IsEnabled;
        if (!useReccoBeats && !spotify.IsEnabled)
            return await ReportAsync(scope, candidates.Count, 0, 0, 0, "Neither ReccoBeats (Features:ReccoBeatsEnabled) nor Spotify (credentials) is available.", cancellationToken);

        int asked = 0, found = 0, changed = 0;
        string? stopped = null;
        foreach (var batch in candidates.Chunk(ReccoBeatsClient.MaxIdsPerCall))
        {
            var hits = new HashSet<string>(StringComparer.Ordinal);
            stopped = useReccoBeats ? await AskReccoBeatsAsync(batch, hits, cancellationToken) : null;
            if (stopped is null && spotify.IsEnabled) stopped = await AskSpotifyAsync(batch, hits, cancellationToken);
            await WriteAsync(batch, cancellationToken);
            asked += batch.Count(t => t.Answered);
            found += hits.Count;
            changed += batch.Count(t => t.Changed);
            progress?.Report($"  {asked:N0} of {candidates.Count:N0} tracks asked: {found:N0} known to a provider, {changed:N0} filled in");
            if (stopped is not null) break;
        }

        if (changed > 0)
        {
            var hints = candidates.Where(t => t.ArtistNames is not null).ToDictionary(t => t.SpotifyId, t => t.ArtistNames!, StringComparer.Ordinal);
            await identity.UpdateAllAsync(hints, cancellationToken);
        }
        logger.LogInformation("Enrichment: {Asked} of {Candidates} asked, {Found} found, {Changed} filled in{Stopped}",
            asked, candidates.Count, found, changed, stopped is null ? "" : $"; stopped: {stopped}");
        return await ReportAsync(scope, candidates.Count, asked, found, changed, stopped, cancellationToken);
    }

    private async Task<List<EnrichmentCandidate>> CandidatesAsync(Catalogs scope, CancellationToken cancellationToken)
    {
        var askAgain = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.AskAgainAfterDays);
        return await db.Tracks.AsNoTracking()
            .Where(t => scope == Catalogs.None || (t.Catalogs & scope) != 0)
            .Where(t => t.EnrichedAt == null || t.EnrichedAt < askAgain)
            .Where(t => t.Artists == "" || t.ArtistsFromSlug || t.Album == null || t.ReleaseDate == null || t.Popularity == null)
            .OrderBy(t => t.Id)
            .Select(t => new EnrichmentCandidate
            {
                Id = t.Id, SpotifyId = t.SpotifyId, Artists = t.Artists, ArtistsFromSlug = t.ArtistsFromSlug, Album = t.Album,
                ReleaseDate = t.ReleaseDate, Popularity = t.Popularity, Isrc = t.Isrc, DurationMs = t.DurationMs,
            })
            .ToListAsync(cancellationToken);
    }

    /// <summary>One ReccoBeats call for the batch, waiting out 429s; null when answered, else why the run stops.</summary>
    private async Task<string?> AskReccoBeatsAsync(EnrichmentCandidate[] batch, HashSet<string> hits, CancellationToken cancellationToken)
    {
        var result = await WithRateLimitsAsync(ct => reccoBeats.GetTracksAsync(batch.Select(t => t.SpotifyId).ToArray(), ct), cancellationToken);
        if (!result.Succeeded) return result.Message;
        foreach (var track in batch)
        {
            if (!result.Value.TryGetValue(track.SpotifyId, out var known)) continue;
            hits.Add(track.SpotifyId);
            track.Fill(known.Artists, null, null, known.Popularity, known.Isrc, known.DurationMs);
        }
        if (!spotify.IsEnabled) foreach (var track in batch) track.Answered = true;
        return null;
    }

    private async Task<string?> AskSpotifyAsync(EnrichmentCandidate[] batch, HashSet<string> hits, CancellationToken cancellationToken)
    {
        foreach (var track in batch)
        {
            if (!track.NeedsSpotify)
            {
                track.Answered = true;
                continue;
            }
            var result = await WithRateLimitsAsync(ct => spotify.GetTrackAsync(track.SpotifyId, ct), cancellationToken);
            if (result.Failure == ServiceFailure.NotFound)
            {
                track.Answered = true;
                continue;
            }
            if (!result.Succeeded) return result.Message;
            var known = result.Value;
            hits.Add(track.SpotifyId);
            track.Fill(known.Artists, known.Album, known.ReleaseDate, known.Popularity, known.Isrc, known.DurationMs);
            track.Answered = true;
        }
        return null;
    }

    /// <summary>A call, repeated after each 429's Retry-After (up to <see cref="EnrichmentOptions.MaxRateLimitWaits"/> waits).</summary>
    private async Task<ServiceResult<T>> WithRateLimitsAsync<T>(Func<CancellationToken, Task<ServiceResult<T>>> call, CancellationToken cancellationToken)
    {
        for (var waits = 0; ; waits++)
        {
            var result = await call(cancellationToken);
            if (result.Failure != ServiceFailure.RateLimited || waits >= options.Value.MaxRateLimitWaits) return result;
            var wait = result.RetryAfter ?? TimeSpan.FromSeconds(5);
            if (wait > options.Value.MaxRetryAfter) return result;
            logger.LogInformation("Enrichment: rate limited; waiting {Seconds} s as asked", wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task WriteAsync(EnrichmentCandidate[] batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var writer = new RowWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction()))
        {
            foreach (var track in batch.Where(t => t.Changed))
            {
                await writer.ExecuteAsync(
                    """
                    UPDATE "Tracks" SET "Artists" = @p0, "ArtistsFromSlug" = @p1, "Album" = @p2, "ReleaseDate" = @p3, "Popularity" = @p4,
                        "Isrc" = @p5, "DurationMs" = @p6, "UpdatedAt" = @p7 WHERE "Id" = @p8
                    """,
                    [Clip(track.Artists, Data.Entities.Track.ArtistsMaxLength), track.ArtistsFromSlug, Clip(track.Album, Data.Entities.Track.AlbumMaxLength),
                     Clip(track.ReleaseDate, 32), track.Popularity, Clip(track.Isrc, Data.Entities.Track.IsrcMaxLength), track.DurationMs, now, track.Id],
                    cancellationToken);
            }
            // Answered is bookkeeping, not metadata: it leaves UpdatedAt (and the served models) alone.
            var answered = batch.Where(t => t.Answered).Select(t => (object?)t.Id).ToArray();
            if (answered.Length > 0)
            {
                var ids = string.Join(", ", answered.Select((_, i) => $"@p{i + 1}"));
                await writer.ExecuteAsync($"""UPDATE "Tracks" SET "EnrichedAt" = @p0 WHERE "Id" IN ({ids})""", [now, .. answered], cancellationToken);
            }
        }
        // Names changed: sites drop the song resolutions they cached (CatalogVersion), in the same transaction.
        if (batch.Any(t => t.Changed)) await Catalog.CatalogVersion.BumpAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<EnrichmentReport> ReportAsync(Catalogs scope, int candidates, int asked, int found, int changed, string? stopped, CancellationToken cancellationToken) =>
        new(candidates, asked, found, changed, stopped, await MissingMetadata.CountAsync(db, scope, cancellationToken));

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
