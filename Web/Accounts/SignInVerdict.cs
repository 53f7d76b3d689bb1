namespace MusicRecommender.Web.Accounts;

/// <summary>Whether a sign-in may be tried now: allowed, locked for this account from this client, or wait (429).</summary>
public sealed record SignInVerdict(bool LockedOut, TimeSpan? RetryAfter)
{
    public static readonly SignInVerdict Allowed = new(false, null);

    public bool MayTry => !LockedOut && RetryAfter is null;
}
