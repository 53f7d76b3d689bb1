namespace MusicRecommender.Infrastructure.Serving;

/// <summary>A list as drawn: the query's cluster and the picks, best first.</summary>
public sealed record RankedList(int Cluster, IReadOnlyList<RankedPick> Picks);
