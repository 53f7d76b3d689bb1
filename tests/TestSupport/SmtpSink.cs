using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MusicRecommender.TestSupport;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a loopback port, keeping every message it accepts. Start it
/// with <see cref="StartAsync"/>; a sink made but not started is a mail server that is down on that port.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly List<MimeMessage> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private CancellationTokenSource? _stop;
    private Task? _running;

    public SmtpSink() => Port = FreePort();

    public int Port { get; }

    /// <summary>Settings that point the site's mail at this server (plain SMTP on loopback, no STARTTLS).</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseStartTls"] = "false",
        ["Email:Smtp:From"] = "MusicRecommender <music@example.test>",
        ["Email:Smtp:Timeout"] = "00:00:05",
        ["Email:SiteUrl"] = "https://localhost",
        ["Email:RetryDelay"] = "00:00:01",
        ["Email:MaxRetries"] = "5",
    };

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_messages) return [.. _messages];
        }
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        _stop = new CancellationTokenSource();
        _running = server.StartAsync(_stop.Token);
        // Listening once a connection is accepted.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"The SMTP sink did not start on port {Port}.");
    }

    /// <summary>The first message (received before or within <paramref name="timeout"/>) that matches.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (Messages.FirstOrDefault(match) is { } found) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"No matching mail arrived; received: {string.Join(" | ", Messages.Select(m => $"{m.To} {m.Subject}"))}");
            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public Task<MimeMessage> WaitForAsync(string to, string subjectPart, TimeSpan? timeout = null) =>
        WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == to) && (m.Subject ?? "").Contains(subjectPart, StringComparison.OrdinalIgnoreCase), timeout);

    public async ValueTask DisposeAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync();
            try
            {
                if (_running is not null) await _running;
            }
            catch (OperationCanceledException)
            {
            }
            _stop.Dispose();
        }
        _arrived.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (sink._messages) sink._messages.Add(message);
            sink._arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
