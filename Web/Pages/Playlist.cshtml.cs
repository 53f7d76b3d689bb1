using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Playlists;
using MusicRecommender.Web.Ratings;
using MusicRecommender.Web.Recommendations;

using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Pages;

/// <summary>
/// "Recommend for my playlist": upload an Exportify CSV or paste songs, get one list for the playlist
/// as a whole. The post (antiforgery-checked) redirects to the stored list, so a reload never posts
/// again and a rating without JavaScript comes back to the same list.
/// </summary>
public sealed class PlaylistModel(PlaylistSeeds seeds, ShownRecommendations recommendations, StoredLists stored, IOptions<PlaylistOptions> options) : PageModel
{
    private const string SummaryKey = "PlaylistSummary";
    private const int UnmatchedShown = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "impression")]
    public Guid? ImpressionId { get; set; }

    public StoredList? Shown { get; private set; }

    public PlaylistSummary? Summary { get; private set; }

    public string? Message { get; private set; }

    public int MaxKilobytes => options.Value.MaxBytes / 1024;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData[SummaryKey] is string json) Summary = JsonSerializer.Deserialize<PlaylistSummary>(json);
        if (ImpressionId is not { } id || RaterCookie.Resolve(HttpContext, issue: false) is not { } rater) return;
        Shown = await stored.GetAsync(rater, id, cancellationToken);
        if (Shown is not null) Input.Catalog = Shown.Catalog.Name();
        else Message = "That list is not yours to see. Upload your playlist to get a new one.";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !CatalogNames.TryParseTarget(Input.Catalog, out var catalog))
        {
            Message = "Choose anime or K-pop, and your playlist's file or its songs.";
            return Page();
        }
        var body = await BodyAsync(cancellationToken);
        if (body is null) return Page();

        var playlist = await seeds.BuildAsync(body, Input.File?.ContentType, cancellationToken);
        Summary = playlist.Summary;
        if (playlist.Seed is not { } seed)
        {
            Message = playlist.Problem;
            return Page();
        }
        var shown = await recommendations.ShowAsync(HttpContext, new SongQuery(Seed: seed), new RecommendationOptions(catalog),
            ShownRecommendations.PageSource, cancellationToken: cancellationToken);
        if (shown.RetryAfter is { } wait) return RetryLater.Page(HttpContext, wait);
        var (outcome, impression) = (shown.Outcome, shown.Impression);
        if (outcome.List is null || impression is null)
        {
            // The playlist's list lives as its stored impression: while the database cannot be written, there is none to show.
            Message = outcome.Message ?? "We cannot save lists just now, so your playlist's list cannot be made. Please try again in a little while.";
            return Page();
        }
        var summary = playlist.Summary!;
        TempData[SummaryKey] = JsonSerializer.Serialize(summary with { Unmatched = [.. summary.Unmatched.Take(UnmatchedShown)] });
        return RedirectToPage("/Playlist", null, new { impression = impression.Id }, "recs-title");
    }

    /// <summary>The uploaded file, else the pasted text; null (with a message) when there is neither or too much.</summary>
    private async Task<byte[]?> BodyAsync(CancellationToken cancellationToken)
    {
        var max = options.Value.MaxBytes;
        byte[]? body = null;
        if (Input.File is { Length: > 0 } file)
        {
            await using var stream = file.OpenReadStream();
            body = await PlaylistBody.ReadAsync(stream, file.Length, max, cancellationToken);
        }
        else if (!string.IsNullOrWhiteSpace(Input.Text))
        {
            body = Encoding.UTF8.GetByteCount(Input.Text) > max ? null : Encoding.UTF8.GetBytes(Input.Text);
        }
        else
        {
            Message = "Choose your playlist's CSV file, or paste its songs.";
            return null;
        }
        if (body is null) Message = PlaylistBody.TooLarge(max);
        return body;
    }

    public RecommendationList? ListFor(StoredList shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var query = new ResolvedSong(null, null, "Your playlist", "", shown.QueryFeatures, "playlist") { Kind = SeedKind.Playlist };
        return new RecommendationList(query, shown.Catalog, shown.ModelVersion, 0, shown.Cluster, shown.Items);
    }

    public sealed class InputModel
    {
        [Required]
        public string Catalog { get; set; } = TargetCatalog.Kpop.Name();

        public IFormFile? File { get; set; }

        public string? Text { get; set; }
    }
}
