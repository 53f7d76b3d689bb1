using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Digests;

/// <summary>Section "Digest": when the weekly digest goes out and what it looks back on.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Five fields (minute hour day-of-month month day-of-week) in the server's time zone; the default is Mondays at 08:00.</summary>
    [Required]
    public string Cron { get; set; } = "0 8 * * 1";

    /// <summary>Searches and 4–5★ ratings this many days back seed the picks; with none, no mail.</summary>
    [Range(1, 366)]
    public int LookbackDays { get; set; } = 28;

    [Range(1, 50)]
    public int MaxPicks { get; set; } = 10;

    /// <summary>The most recent distinct songs used as seeds.</summary>
    [Range(1, 50)]
    public int MaxSeeds { get; set; } = 10;

    /// <summary>How far down each seed's list the digest may look for picks not yet rated or sent.</summary>
    [Range(1, 100)]
    public int PerSeed { get; set; } = 20;
}
