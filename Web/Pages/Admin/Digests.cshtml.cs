using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Digests;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>The weekly digest for admins: the schedule, "Send now", any listener's next digest as a preview, and the runs.</summary>
public sealed class DigestsModel(DigestView view, DigestRunner runner, DigestPicker picker, UserManager<AppUser> users, IOptions<DigestOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true, Name = "run")]
    public int? RunId { get; set; }

    public string Cron => options.Value.Cron;

    public IReadOnlyList<DigestRunSummary> Runs { get; private set; } = [];

    public IReadOnlyList<(string Email, DigestDeliveryStatus Status, string? Detail, int Picks)> Deliveries { get; private set; } = [];

    public AppUser? Listener { get; private set; }

    public DigestPlan? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Runs = await view.RunsAsync(20, cancellationToken);
        if (RunId is { } id)
        {
            if (await view.RunAsync(id, cancellationToken) is null) return NotFound();
            Deliveries = await view.DeliveriesAsync(id, cancellationToken);
        }
        if (!string.IsNullOrWhiteSpace(Email))
        {
            Listener = await users.FindByEmailAsync(Email.Trim());
            if (Listener is not null) Preview = await picker.PlanAsync(Listener.Id, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var request = await runner.RequestAsync(DigestTrigger.Admin, User.Identity?.Name, cancellationToken);
        TempData["Status"] = request.Started ? $"Digest run {request.RunId} started." : $"Digest run {request.RunId} is already running; showing it.";
        return RedirectToPage(new { run = request.RunId });
    }
}
