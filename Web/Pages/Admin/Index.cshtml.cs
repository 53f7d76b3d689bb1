using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>The A/B dashboard for one experiment (the running one unless another is named).</summary>
public sealed class IndexModel(ExperimentResults results, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    public IReadOnlyList<Experiment> Experiments { get; private set; } = [];

    public ExperimentResultsView? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Experiments = await results.ListAsync(cancellationToken);
        var name = string.IsNullOrEmpty(Name) ? (Experiments.Count > 0 ? Experiments[0].Name : null) : Name;
        if (name is null) return Page();
        Results = await results.GetAsync(name, cancellationToken);
        return Results is null ? NotFound() : Page();
    }

    /// <summary>The experiment's ratings as CSV, streamed.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.AsNoTracking().FirstOrDefaultAsync(e => e.Name == Name, cancellationToken);
        if (experiment is null) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"ratings-{experiment.Name}.csv\"";
        await RatingsCsv.WriteAsync(db, experiment, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    public string ChartsUrl => $"/api/admin/experiments/{Uri.EscapeDataString(Results?.Experiment.Name ?? "")}/results";
}
