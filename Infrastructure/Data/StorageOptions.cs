using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>Section "Storage": how the site notices that the database cannot be written, and what it tells clients meanwhile.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>How often the database is probed (a write through a new connection); every second while writes are paused.</summary>
    [Range(1, 300)]
    public int ProbeSeconds { get; set; } = 5;

    /// <summary>SQLite: writes pause when the database's disk has less free space than this (0: never).</summary>
    [Range(0, 1_000_000)]
    public int MinFreeMegabytes { get; set; } = 32;

    /// <summary>The Retry-After of answers refused while writes are paused.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;
}
