using Hangfire;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Enrichment;

namespace MusicRecommender.Web.Catalog;

/// <summary>
/// Metadata enrichment as a Hangfire job (recurring <see cref="RecurringId"/> on <c>Enrichment:Cron</c>, weekly, and
/// enqueued after the seed import): the same <see cref="MetadataEnricher"/> run as <c>enrich</c> on the command line,
/// over every catalog. A run an outage cut short resumes next time. The served models pick up the new names at
/// their next refresh, without a restart.
/// </summary>
public sealed class EnrichmentJob(IServiceScopeFactory scopes, ILogger<EnrichmentJob> logger)
{
    public const string RecurringId = "enrich-metadata";

    /// <summary>The recurring and enqueued call (Hangfire stores no report).</summary>
    [JobDisplayName("Enrich track metadata")]
    public Task RunScheduledAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    public async Task<EnrichmentReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<MetadataEnricher>().RunAsync(Catalogs.None, cancellationToken: cancellationToken);
        var missing = report.Missing;
        if (report.Completed)
            logger.LogInformation("Enrichment done: {Changed} tracks filled in; still without an artist {NoArtist}, album {NoAlbum}, release date {NoDate}",
                report.Changed, missing.NoArtist, missing.NoAlbum, missing.NoReleaseDate);
        else
            logger.LogWarning("Enrichment stopped early ({Reason}); {Changed} tracks filled in, the next run resumes", report.StoppedBecause, report.Changed);
        return report;
    }
}
