using Hangfire;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Mail;

/// <summary>
/// Where pages and the digest hand over mail: each message is a Hangfire job, retried with doubling waits
/// (<c>Email:MaxRetries</c>, first after <c>Email:RetryDelay</c>), so a mail server that is down never fails the page.
/// Account mail carries only its kind and the address: the token is made when the job runs, never stored in the queue.
/// </summary>
public sealed class MailJobs(IBackgroundJobClient jobs)
{
    public void Account(AccountMailKind kind, string email) =>
        jobs.Enqueue<AccountMailJob>(job => job.SendAsync(kind, email, CancellationToken.None));

    public void Send(OutgoingMail mail) =>
        jobs.Enqueue<MailSender>(sender => sender.SendAsync(mail, CancellationToken.None));
}
