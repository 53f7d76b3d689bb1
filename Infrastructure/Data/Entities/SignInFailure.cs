namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// A failed sign-in: which client address and which typed account, both as hashes (nothing here names a person or
/// an address), kept only as long as the throttle looks back.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; set; }

    public required string ClientKey { get; set; }

    public required string AccountKey { get; set; }

    public DateTime At { get; set; }
}
