using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Models;
using MusicRecommender.Web.Digests;
using MusicRecommender.Web.Retraining;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>Scheduled retraining: the schedule, runs with their progress and results, "Retrain now", activation and roll-back; and the digest runs.</summary>
public sealed class JobsModel(JobsView jobs, RetrainScheduler scheduler, ModelActivator models, DigestView digests) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "run")]
    public int? RunId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ScheduleInfo Schedule { get; private set; } = null!;

    public DateTime? LastSuccess { get; private set; }

    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public RunDetail? Selected { get; private set; }

    public IReadOnlyList<DigestRunSummary> DigestRuns { get; private set; } = [];

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public IReadOnlyList<(ModelActivationRecord Record, int Version, int? Previous)> Activations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Schedule = scheduler.Describe();
        LastSuccess = await jobs.LastSuccessAsync(cancellationToken);
        Runs = await jobs.RunsAsync(20, cancellationToken);
        var selected = RunId ?? (Runs.Count > 0 ? Runs[0].Id : null);
        Selected = selected is { } id ? await jobs.RunAsync(id, cancellationToken) : null;
        if (RunId is not null && Selected is null) return NotFound();
        Versions = await jobs.VersionsAsync(cancellationToken);
        Activations = await jobs.ActivationsAsync(10, cancellationToken);
        DigestRuns = await digests.RunsAsync(10, cancellationToken);
        return Page();
    }

    /// <summary>Starts a run (or points at the one already running) and returns at once; the page then shows its progress.</summary>
    public async Task<IActionResult> OnPostRetrainAsync(CancellationToken cancellationToken)
    {
        var request = await scheduler.RequestAsync(RetrainTrigger.Admin, User.Identity?.Name, cancellationToken);
        TempData["Status"] = request.Started ? $"Retrain run {request.RunId} started." : $"Run {request.RunId} is already running; showing it.";
        return RedirectToPage(new { run = request.RunId });
    }

    public Task<IActionResult> OnPostActivateAsync(CancellationToken cancellationToken) =>
        SwitchAsync(Input.ModelVersionId, ModelActivationRecord.Activate, cancellationToken);

    public async Task<IActionResult> OnPostRollbackAsync(CancellationToken cancellationToken)
    {
        if (!CatalogNames.TryParseTarget(Input.Catalog, out var catalog))
        {
            TempData["Status"] = "Choose anime or kpop to roll back.";
            return RedirectToPage();
        }
        var target = await models.RollbackTargetAsync(catalog, cancellationToken);
        if (target is null)
        {
            TempData["Status"] = $"The {catalog.DisplayName()} model has no earlier version to roll back to.";
            return RedirectToPage();
        }
        return await SwitchAsync(target, ModelActivationRecord.Rollback, cancellationToken);
    }

    private async Task<IActionResult> SwitchAsync(int? modelVersionId, string kind, CancellationToken cancellationToken)
    {
        if (modelVersionId is not { } id)
        {
            TempData["Status"] = "Choose a model version.";
            return RedirectToPage();
        }
        try
        {
            var switched = await models.ActivateVersionAsync(id, kind, User.Identity?.Name ?? "admin", cancellationToken);
            TempData["Status"] = $"{switched.Catalog.DisplayName()} model v{switched.Version} is now active" + (switched.PreviousVersion is { } p ? $" (was v{p})." : ".");
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException)
        {
            TempData["Status"] = $"Could not activate that version: {e.Message} The active model keeps serving.";
        }
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public int? ModelVersionId { get; set; }

        public string? Catalog { get; set; }
    }
}
