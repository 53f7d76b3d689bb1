using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>The song recommendations are for, with the features that will be matched.</summary>
public sealed record ResolvedSong(int? TrackId, string? SpotifyId, string Title, string Artists, AudioFeatures Features, string Source);
