using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Section "Accounts": whether a confirmed address is needed to rate, and the sign-in throttle
/// (docs/decisions/0014-sign-in-throttling.md).
/// </summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>A signed-in account must have confirmed its address before its ratings are taken (anonymous rating is unaffected).</summary>
    public bool RequireConfirmedEmail { get; set; }

    /// <summary>Wrong passwords for one account from one client address before that pair is locked.</summary>
    [Range(1, 100)]
    public int LockoutFailures { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins from one client address (any accounts) within <see cref="ClientWindow"/> before each further try must wait.</summary>
    [Range(1, 1000)]
    public int ClientFreeFailures { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest wait: the first is one second, and each further failure doubles it up to this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClientMaxDelay { get; set; } = TimeSpan.FromMinutes(15);
}
