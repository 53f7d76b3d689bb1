using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Catalog;

namespace MusicRecommender.Web.Pages;

/// <summary>Home: the counts come from the served models (the songs we recommend from), not a query per visit.</summary>
public sealed class IndexModel(ModelStore models, CatalogStatus status) : PageModel
{
    public int AnimeSongs => models.Get(TargetCatalog.Anime)?.Tracks.Count ?? 0;

    public int KpopSongs => models.Get(TargetCatalog.Kpop)?.Tracks.Count ?? 0;

    public CatalogStatus Status => status;
}
