using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Mail;
using MusicRecommender.Web.Mail;

namespace MusicRecommender.Web.Digests;

/// <summary>
/// The digest mail: each pick linked to Spotify with its reason, a link to the site, and a one-click unsubscribe link
/// that is also in the <c>List-Unsubscribe</c> header with <c>List-Unsubscribe-Post</c> (RFC 8058), so mail clients
/// can offer their own button.
/// </summary>
internal static class DigestMessage
{
    public static OutgoingMail Compose(string to, IReadOnlyList<DigestCandidate> picks, string siteUrl, string unsubscribeUrl)
    {
        var subject = $"{picks.Count} new pick{(picks.Count == 1 ? "" : "s")} for you this week";
        var body = new MailBody()
            .Paragraph("New anime and K-pop songs for you this week, picked from what you searched for and rated on MusicRecommender:")
            .StartList();
        for (var i = 0; i < picks.Count; i++)
        {
            var pick = picks[i];
            body.Item(i + 1, $"{pick.Title} — {pick.Artists} ({pick.Catalog.DisplayName()})", pick.SpotifyUrl, pick.Reason);
        }
        body.EndList()
            .Link("Find more on MusicRecommender", siteUrl)
            .Small($"You get this mail because you turned on the weekly digest. Unsubscribe with one click: {unsubscribeUrl}");
        var (text, html) = body.Build(subject);
        return new OutgoingMail(to, subject, text, html)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribeUrl}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }
}
