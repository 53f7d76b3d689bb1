using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Api;

/// <summary><c>GET /api/catalog/stats</c>: track counts per catalog and every model version.</summary>
internal static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/catalog/stats", GetStatsAsync).WithName("GetCatalogStats").WithTags("Catalog")
            .WithSummary("Track counts and model versions");
        return api;
    }

    private static async Task<Ok<CatalogStatsResponse>> GetStatsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var counts = await CountTracksAsync(db, cancellationToken);
        var models = await db.ModelVersions.AsNoTracking()
            .OrderBy(m => m.Catalog).ThenByDescending(m => m.Version)
            .Select(m => new
            {
                m.Catalog, m.Version, m.K, m.Silhouette, m.TrainedAt, m.Status, m.RejectionReason, m.TrackCount, m.ActivatedAt,
                // Who made it active last (training, a run, an admin's activation or roll-back), as a role: no addresses here.
                Activation = db.ModelActivations.Where(a => a.ModelVersionId == m.Id).OrderByDescending(a => a.Id)
                    .Select(a => new { a.Kind, a.ActivatedBy }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CatalogStatsResponse(
            counts,
            [.. models.Select(m => new ModelVersionInfo(
                m.Catalog.Name(),
                m.Version,
                m.K,
                m.Silhouette,
                DateTime.SpecifyKind(m.TrainedAt, DateTimeKind.Utc),
                m.Status == ModelStatus.Active,
                m.Status.ToString().ToLowerInvariant(),
                m.RejectionReason,
                m.TrackCount,
                m.ActivatedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
                ActivationLabel.Public(m.Activation?.Kind, m.Activation?.ActivatedBy)))]));
    }

    private static async Task<TrackCounts> CountTracksAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var byCatalogs = await db.Tracks.AsNoTracking()
            .GroupBy(t => t.Catalogs)
            .Select(g => new { Catalogs = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(Catalogs flag) => byCatalogs.Where(g => (g.Catalogs & flag) != 0).Sum(g => g.Count);
        return new TrackCounts(Count(Catalogs.Anime), Count(Catalogs.Kpop), Count(Catalogs.Reference));
    }
}
