using System.ComponentModel.DataAnnotations;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Features;

/// <summary>Section "Features": where audio features come from when Spotify will not give them.</summary>
public sealed class ReccoBeatsOptions : OutsideServiceOptions
{
    public const string Section = "Features";

    /// <summary>ReccoBeats needs no key; this switch exists for sites that must not call it.</summary>
    public bool ReccoBeatsEnabled { get; set; } = true;

    [Required, Url]
    public string ReccoBeatsBaseUrl { get; set; } = "https://api.reccobeats.com";

    /// <summary>Artist searches one text may cost: each plausible "title artist" reading is one.</summary>
    [Range(1, 30)]
    public int MaxArtistSearches { get; set; } = 8;

    /// <summary>Pages of an artist's tracks (50 a page) read to find a title or build the artist's profile.</summary>
    [Range(1, 20)]
    public int MaxArtistTrackPages { get; set; } = 4;

    /// <summary>
    /// How long an artist search's answer (and an artist's track list) is remembered: repeated searches,
    /// and the check for a band named like a song, then cost no call. Zero turns the memory off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan SearchMemory { get; set; } = TimeSpan.FromHours(6);
}
