using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// How the listener named what they like: exactly one of these is set. <see cref="Artist"/> names an
/// artist outright; <see cref="Seed"/> is a seed built elsewhere (a playlist's profile).
/// </summary>
public sealed record SongQuery(int? TrackId = null, string? SpotifyId = null, string? Text = null, AudioFeatures? Features = null, string? Artist = null, ResolvedSong? Seed = null);
