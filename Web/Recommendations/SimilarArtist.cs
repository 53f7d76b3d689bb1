namespace MusicRecommender.Web.Recommendations;

/// <summary>A target-catalog artist whose tracks sound like the seed, with their best pick.</summary>
public sealed record SimilarArtist(string Name, int BestTrackId, string BestTitle, double Similarity, int Picks);
