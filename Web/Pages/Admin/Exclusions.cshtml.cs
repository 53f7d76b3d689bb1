using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Catalog;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>Tracks kept in a catalog but not recommended, with why; include or exclude one by hand.</summary>
public sealed class ExclusionsModel(ListingAdmin listings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "catalog")]
    public string? CatalogName { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TargetCatalog Catalog { get; private set; } = TargetCatalog.Anime;

    public IReadOnlyList<ListedTrack> Tracks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = CatalogNames.TryParseTarget(CatalogName, out var parsed) ? parsed : TargetCatalog.Anime;
        Tracks = await listings.ExcludedAsync(Catalog, cancellationToken);
    }

    public Task<IActionResult> OnPostExcludeAsync(CancellationToken cancellationToken) => DecideAsync(false, cancellationToken);

    public Task<IActionResult> OnPostIncludeAsync(CancellationToken cancellationToken) => DecideAsync(true, cancellationToken);

    public Task<IActionResult> OnPostRulesAsync(CancellationToken cancellationToken) => DecideAsync(null, cancellationToken);

    private async Task<IActionResult> DecideAsync(bool? listed, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Input.TrackId is not { } trackId)
        {
            TempData["Status"] = "Give a track id (a whole number, as listed here or in the API's trackId).";
            return RedirectToPage(new { catalog = CatalogName });
        }
        var by = User.Identity?.Name ?? "admin";
        var found = await listings.DecideAsync(trackId, listed, Input.Note?.Trim() is { Length: > 0 } note ? note : null, by, cancellationToken);
        TempData["Status"] = !found ? $"There is no track {trackId}."
            : listed switch
            {
                true => $"Track {trackId} is recommended again, whatever the rules say.",
                false => $"Track {trackId} is no longer recommended.",
                null => $"Track {trackId} follows the music-only rules again.",
            };
        return RedirectToPage(new { catalog = CatalogName });
    }

    public sealed class InputModel
    {
        [Range(1, int.MaxValue)]
        public int? TrackId { get; set; }

        [StringLength(500)]
        public string? Note { get; set; }
    }
}
