using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>How the listener named the song: exactly one of these is set.</summary>
public sealed record SongQuery(int? TrackId = null, string? SpotifyId = null, string? Text = null, AudioFeatures? Features = null);
