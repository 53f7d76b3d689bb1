namespace MusicRecommender.Infrastructure.Serving;

/// <summary>One item of a list: the version shown, its similarity to the query, its cluster, and its song's other versions.</summary>
public sealed record RankedPick(ServedTrack Track, double Similarity, int Cluster, IReadOnlyList<ServedTrack> OtherVersions);
