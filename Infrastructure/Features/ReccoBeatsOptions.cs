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
}
