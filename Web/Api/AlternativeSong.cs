using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>Another song the text matched (<c>query.alternatives</c>), to ask for it by id instead.</summary>
internal sealed record AlternativeSong(
    [property: Description("The local track id; null for a song only a live source knows.")] int? TrackId,
    string? SpotifyId,
    string Title,
    string Artists);
