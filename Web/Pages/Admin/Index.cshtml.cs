using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>The A/B dashboard for one experiment (the running one unless another is named).</summary>
public sealed class IndexModel(ExperimentResults results, ExperimentAdmin admin, AppDbContext db) : PageModel
{
    public const double DefaultMdePoints = 5;

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    /// <summary>The minimum detectable effect for the running-time estimate, in percentage points of the positive rate.</summary>
    [BindProperty(SupportsGet = true, Name = "mde")]
    public double? MdePoints { get; set; }

    public double Mde => MdePoints is >= 0.5 and <= 50 ? MdePoints.Value : DefaultMdePoints;

    public RunningTimeEstimate? Estimate { get; private set; }

    public IReadOnlyList<Experiment> Experiments { get; private set; } = [];

    public ExperimentResultsView? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Experiments = await results.ListAsync(cancellationToken);
        var name = string.IsNullOrEmpty(Name) ? (Experiments.Count > 0 ? Experiments[0].Name : null) : Name;
        if (name is null) return Page();
        Results = await results.GetAsync(name, cancellationToken);
        if (Results is null) return NotFound();
        var report = Results.Report;
        if (report.Variants.FirstOrDefault(v => v.IsControl) is { } control)
            Estimate = RunningTime.Estimate(control.Positive, control.Ratings, report.Variants.Select(v => v.Ratings).ToArray(), Results.DaysRunning, Mde / 100);
        return Page();
    }

    /// <summary>Stop and ship: end the experiment and serve the chosen variant to everyone.</summary>
    public async Task<IActionResult> OnPostShipAsync(string? variant, CancellationToken cancellationToken)
    {
        var change = await admin.ShipAsync(Name ?? "", variant ?? "", cancellationToken);
        TempData["Status"] = change.Message;
        return RedirectToPage(new { name = Name });
    }

    /// <summary>The variant to offer shipping: the treatment most likely to beat the control, or else the model.</summary>
    public string Leader => Results?.Report.Comparisons.Where(c => c.Variant != RecommenderVariants.Random)
        .OrderByDescending(c => c.ProbabilityToBeatControl ?? 0).Select(c => c.Variant).FirstOrDefault() ?? RecommenderVariants.Model;

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
