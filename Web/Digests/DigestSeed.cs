using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Digests;

/// <summary>A song the listener searched for or rated 4–5★ recently, the catalog to recommend from, and how to say so.</summary>
public sealed record DigestSeed(int TrackId, TargetCatalog Catalog, string Because, DateTime At);
