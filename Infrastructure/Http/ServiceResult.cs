using System.Diagnostics.CodeAnalysis;

namespace MusicRecommender.Infrastructure.Http;

/// <summary>
/// The answer of an outside service, or what went wrong, so callers can fall back and tell the
/// listener instead of catching exceptions. <see cref="Message"/> is short and fit to show.
/// </summary>
public sealed record ServiceResult<T>
{
    public T? Value { get; init; }

    public ServiceFailure Failure { get; init; }

    public string? Message { get; init; }

    /// <summary>When the service said (or the circuit breaker knows) how long to wait.</summary>
    public TimeSpan? RetryAfter { get; init; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Failure == ServiceFailure.None;

    public static ServiceResult<T> Success(T value) => new() { Value = value };

    public static ServiceResult<T> Fail(ServiceFailure failure, string message, TimeSpan? retryAfter = null)
    {
        if (failure == ServiceFailure.None) throw new ArgumentException("A failure needs a reason.", nameof(failure));
        return new() { Failure = failure, Message = message, RetryAfter = retryAfter };
    }

    /// <summary>The same failure carried over to another result type.</summary>
    public ServiceResult<TOther> AsFailure<TOther>()
    {
        if (Succeeded) throw new InvalidOperationException("A successful result has no failure to carry over.");
        return new() { Failure = Failure, Message = Message, RetryAfter = RetryAfter };
    }

    public ServiceResult<TOther> Map<TOther>(Func<T, TOther> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Succeeded ? ServiceResult<TOther>.Success(map(Value)) : AsFailure<TOther>();
    }
}
