using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

public sealed record RecommendedItem(int Rank, int TrackId, string SpotifyId, string Title, string Artists, string? Genres, double Similarity, string SpotifyUrl, AudioFeatures Features, string Reason);
