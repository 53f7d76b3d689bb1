using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Api;
using MusicRecommender.Web.Startup;

namespace MusicRecommender.Web.Pages;

public sealed class IndexModel(AppDbContext db, CatalogStatus status) : PageModel
{
    public (int Anime, int Kpop, int Reference) Stats { get; private set; }

    public CatalogStatus Status => status;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Stats = await CatalogApi.CountTracksAsync(db, cancellationToken);
}
