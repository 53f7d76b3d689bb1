using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Catalog;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>One model version in pictures: the elbow and silhouette curves with the chosen k, cluster profiles, a 2D map of the catalog.</summary>
public sealed class ModelsModel(AppDbContext db, ModelInsights insights) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "version")]
    public int? VersionId { get; set; }

    public IReadOnlyList<VersionChoice> Versions { get; private set; } = [];

    public ModelPicture? Picture { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await db.ModelVersions.AsNoTracking()
            .OrderBy(m => m.Catalog).ThenByDescending(m => m.Version)
            .Select(m => new VersionChoice(m.Id, m.Catalog, m.Version, m.Status, m.K))
            .ToListAsync(cancellationToken);
        var id = VersionId ?? Versions.Where(v => v.Status == ModelStatus.Active).Select(v => (int?)v.Id).FirstOrDefault() ?? (Versions.Count > 0 ? Versions[0].Id : null);
        if (id is null) return Page();
        Picture = await insights.DrawAsync(id.Value, cancellationToken);
        return Picture is null ? NotFound() : Page();
    }

    /// <summary>The chart data as JSON in a data attribute (the CSP allows no inline script).</summary>
    public string CurveJson => JsonSerializer.Serialize(new
    {
        k = Picture!.Curve.Select(p => p.K),
        inertia = Picture.Curve.Select(p => p.Inertia),
        silhouette = Picture.Curve.Select(p => p.Silhouette),
        chosen = Picture.Version.K,
    });

    public string ScatterJson => JsonSerializer.Serialize(new
    {
        points = Picture!.Scatter.Select(p => new[] { p.X, p.Y, p.Cluster }),
        clusters = Picture.Profiles.Select(p => p.Cluster),
        axes = Picture.AxisVariance.Select(v => Math.Round(v, 4)),
    });

    public static string Number(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    public sealed record VersionChoice(int Id, TargetCatalog Catalog, int Version, ModelStatus Status, int K);
}
