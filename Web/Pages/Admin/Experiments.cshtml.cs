using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Experiments;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>Create, start and stop experiments and change their weights.</summary>
public sealed class ExperimentsModel(ExperimentResults results, ExperimentAdmin admin) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Experiment> Experiments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Experiments = await results.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => admin.CreateAsync(Input.Name, Input.Description, Input.Weights, Input.Control ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => admin.StartAsync(Input.Name, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => admin.StopAsync(Input.Name, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWeightsAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => admin.SetWeightsAsync(Input.Name, Input.Weights, cancellationToken), cancellationToken);

    /// <summary>Post-redirect-get with a status line; a refused change redisplays the form with its error.</summary>
    private async Task<IActionResult> ApplyAsync(Func<Task<AdminChange>> change, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await change();
            if (result.Succeeded)
            {
                TempData["Status"] = result.Message;
                return RedirectToPage();
            }
            foreach (var (field, error) in result.Errors) ModelState.AddModelError($"{nameof(Input)}.{field}", error);
        }
        Experiments = await results.ListAsync(cancellationToken);
        return Page();
    }

    public static IReadOnlyList<string> Variants => RecommenderVariants.All;

    public sealed class InputModel
    {
        [Required, StringLength(64)]
        public string Name { get; set; } = "";

        [StringLength(500)]
        public string? Description { get; set; }

        [StringLength(32)]
        public string? Control { get; set; }

        /// <summary>Variant name → weight (inputs named <c>Input.Weights[model]</c>).</summary>
        public Dictionary<string, double> Weights { get; set; } = [];
    }
}
