using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Mail;
using MusicRecommender.Web.Mail;

namespace MusicRecommender.Web.Digests;

/// <summary>
/// Sends one composed digest (the background job the runner queues per listener) and records it as sent; when every
/// retry failed, <see cref="GaveUpAsync"/> records it as failed, and its picks become eligible again.
/// </summary>
public sealed class DigestMailJob(AppDbContext db, MailSender sender, SiteLinks links, UnsubscribeTokens unsubscribe, IOptions<EmailOptions> email, TimeProvider time)
{
    /// <param name="context">Hangfire's, given at run time (pass null): the retry count, so the last failure is recorded.</param>
    [JobDisplayName("Digest mail {0}")]
    public async Task SendAsync(int deliveryId, PerformContext? context, CancellationToken cancellationToken)
    {
        var delivery = await db.DigestDeliveries.Include(d => d.Picks).FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is not { Status: DigestDeliveryStatus.Queued }) return;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == delivery.UserId, cancellationToken);
        if (user is not { WeeklyDigest: true, Email: { } address })
        {
            await FinishAsync(delivery, DigestDeliveryStatus.Skipped, "unsubscribed before it was sent", cancellationToken);
            return;
        }
        var ids = delivery.Picks.Select(p => p.TrackId).ToList();
        var tracks = await db.Tracks.AsNoTracking().Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => new { t.SpotifyId, t.Title, t.Artists }, cancellationToken);
        var picks = delivery.Picks.OrderBy(p => p.Rank).Where(p => tracks.ContainsKey(p.TrackId))
            .Select(p => new DigestCandidate(p.TrackId, p.Catalog, tracks[p.TrackId].SpotifyId, tracks[p.TrackId].Title, tracks[p.TrackId].Artists, p.Reason))
            .ToList();
        try
        {
            await sender.SendAsync(DigestMessage.Compose(address, picks, links.Home, links.To(unsubscribe.PathFor(user.Id))), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && (context?.GetJobParameter<int>("RetryCount", allowStale: true) ?? 0) >= email.Value.MaxRetries)
        {
            await GaveUpAsync(deliveryId, e.Message);
            throw;
        }
        await FinishAsync(delivery, DigestDeliveryStatus.Sent, null, cancellationToken);
    }

    public async Task GaveUpAsync(int deliveryId, string error)
    {
        var delivery = await db.DigestDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId);
        if (delivery is { Status: DigestDeliveryStatus.Queued }) await FinishAsync(delivery, DigestDeliveryStatus.Failed, error, CancellationToken.None);
    }

    private async Task FinishAsync(DigestDelivery delivery, DigestDeliveryStatus status, string? detail, CancellationToken cancellationToken)
    {
        delivery.Status = status;
        delivery.Detail = detail is { Length: > 1000 } ? detail[..1000] : detail;
        if (status == DigestDeliveryStatus.Sent) delivery.SentAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
