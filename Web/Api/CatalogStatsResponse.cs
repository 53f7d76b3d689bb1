using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>Track counts per catalog and every model version, newest first per catalog.</summary>
internal sealed record CatalogStatsResponse(TrackCounts Tracks, IReadOnlyList<ModelVersionInfo> Models);

[Description("Tracks per catalog; a track may belong to several.")]
internal sealed record TrackCounts(int Anime, int Kpop, int Reference);

internal sealed record ModelVersionInfo(
    [property: Description("anime or kpop.")] string Catalog,
    int Version,
    int K,
    double Silhouette,
    DateTime TrainedAt,
    [property: Description("Whether this version serves the catalog now.")] bool Active,
    [property: Description("active, candidate, rejected or retired.")] string Status,
    [property: Description("Why the quality gate rejected it; null otherwise.")] string? RejectionReason,
    int Tracks,
    DateTime? ActivatedAt,
    [property: Description("Who made it active last, as a role (never an address): `admin`, `admin roll-back`, or the training that did (`run 12`, `first start`, `command line`).")] string? ActivatedBy);
