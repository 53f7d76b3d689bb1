using HangfireLevel = Hangfire.Logging.LogLevel;
using HangfireLog = Hangfire.Logging.ILog;
using HangfireLogProvider = Hangfire.Logging.ILogProvider;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// Hangfire logs through one process-wide provider, and some of its classes keep the logger they got in a
/// static field for the life of the process. So Hangfire's log goes to the logger factory of the site that
/// started last, looked up at each call: a site that stopped (and disposed its factory) never breaks
/// Hangfire for the sites after it — which is what happens when tests start many sites in one process.
/// </summary>
internal sealed class HangfireLogging : HangfireLogProvider
{
    public static readonly HangfireLogging Instance = new();

    private volatile ILoggerFactory? _factory;

    private HangfireLogging()
    {
    }

    public void Use(ILoggerFactory factory) => _factory = factory;

    public HangfireLog GetLogger(string name) => new ForwardingLog(this, name);

    private sealed class ForwardingLog(HangfireLogging owner, string name) : HangfireLog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLevel.Trace => LogLevel.Trace,
                HangfireLevel.Debug => LogLevel.Debug,
                HangfireLevel.Info => LogLevel.Information,
                HangfireLevel.Warn => LogLevel.Warning,
                HangfireLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            try
            {
                if (owner._factory?.CreateLogger(name) is not { } logger || !logger.IsEnabled(level)) return false;
                if (messageFunc is not null) logger.Log(level, exception, "{Message}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
