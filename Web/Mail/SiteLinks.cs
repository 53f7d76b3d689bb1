using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Mail;

/// <summary>
/// Absolute links for mail, from <c>Email:SiteUrl</c> — never from the request's Host header, which a client
/// chooses: a reset link pointing at an attacker's host would hand them the token.
/// </summary>
public sealed class SiteLinks(IOptions<EmailOptions> options)
{
    public string Home => To("/");

    public string To(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return options.Value.SiteUrl.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');
    }
}
