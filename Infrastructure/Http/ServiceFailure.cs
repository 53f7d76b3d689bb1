namespace MusicRecommender.Infrastructure.Http;

/// <summary>Why a call to an outside service gave no usable answer.</summary>
public enum ServiceFailure
{
    None = 0,

    /// <summary>The service is switched off or has no credentials configured.</summary>
    NotConfigured,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    RateLimited,

    /// <summary>A 429 whose body says <c>QUOTA_EXCEEDED</c>: waiting a few seconds will not help.</summary>
    QuotaExceeded,
    ServerError,
    Timeout,

    /// <summary>Recent calls failed so often that calls are paused for a while.</summary>
    CircuitOpen,
    Network,
    MalformedResponse,
    Unexpected,
}
