using System.ComponentModel.DataAnnotations;
using MusicRecommender.Infrastructure.Http;

namespace MusicRecommender.Infrastructure.Spotify;

/// <summary>
/// Section "Spotify". <see cref="ClientId"/> and <see cref="ClientSecret"/> come from environment
/// variables (<c>Spotify__ClientId</c>, <c>Spotify__ClientSecret</c>) or user-secrets, never from a
/// committed file. Without them the live lookup is off and the site says so.
/// </summary>
public sealed class SpotifyOptions : OutsideServiceOptions
{
    public const string Section = "Spotify";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.spotify.com";

    [Required, Url]
    public string AccountsBaseUrl { get; set; } = "https://accounts.spotify.com";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext)) yield return result;
        // One without the other is a half-done setup; failing at start beats a silent "off".
        if (string.IsNullOrWhiteSpace(ClientId) != string.IsNullOrWhiteSpace(ClientSecret))
            yield return new("Set both Spotify:ClientId and Spotify:ClientSecret, or neither.", [nameof(ClientId), nameof(ClientSecret)]);
    }
}
