using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Ratings;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Pages;

/// <summary>
/// A list the listener was shown, as a file: <c>format=csv</c> (Exportify's column names, so it can be
/// uploaded again) or <c>format=uris</c> (one <c>spotify:track:</c> URI a line, to paste into a Spotify playlist).
/// </summary>
public sealed class ExportModel(StoredLists stored) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "impression")]
    public Guid? ImpressionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ImpressionId is not { } id || Format is not ("csv" or "uris")) return BadRequest();
        if (RaterCookie.Resolve(HttpContext, issue: false) is not { } rater || await stored.GetAsync(rater, id, cancellationToken) is not { } list) return NotFound();
        var name = $"musicrecommender-{list.Catalog.Name()}-{id.ToString()[..8]}";
        if (Format == "uris")
        {
            var uris = string.Concat(list.Items.Select(i => $"spotify:track:{i.SpotifyId}\n"));
            return File(Encoding.UTF8.GetBytes(uris), "text/plain; charset=utf-8", $"{name}.txt");
        }
        var csv = new StringBuilder("\"Track URI\",\"Track Name\",\"Artist Name(s)\",\"Rank\",\"Similarity\"\n");
        foreach (var item in list.Items)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Quote($"spotify:track:{item.SpotifyId}")},{Quote(item.Title)},{Quote(item.Artists)},{item.Rank},{item.Similarity:0.######}\n");
        }
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"{name}.csv");
    }

    // A cell starting like a formula is defused for spreadsheets that open the file.
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '@' ? "'" + value : value;
        return $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
