using System.Net;
using System.Net.Sockets;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Accounts;

/// <summary>
/// A visitor of a Kestrel-hosted site connecting from its own loopback address (127.0.0.x): to the site, a different
/// client. Cookies are kept by hand, since the site's are Secure and this is plain HTTP on loopback.
/// </summary>
internal sealed class LoopbackVisitor : IDisposable
{
    public LoopbackVisitor(Uri server, IPAddress from)
    {
        var sockets = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        Http = new HttpClient(new CookieJar(sockets)) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var html = await Http.GetStringAsync("/Identity/Account/Login");
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = Browsing.AntiforgeryField(html),
        };
        return await Http.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(form));
    }

    public void Dispose() => Http.Dispose();

    private sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_cookies)
                if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                lock (_cookies)
                {
                    foreach (var header in set)
                    {
                        var pair = header.Split(';')[0];
                        var eq = pair.IndexOf('=', StringComparison.Ordinal);
                        var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                        if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                        else _cookies[name] = value;
                    }
                }
            }
            return response;
        }
    }
}
