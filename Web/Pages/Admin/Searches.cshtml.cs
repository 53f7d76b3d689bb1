using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Web.Searches;

namespace MusicRecommender.Web.Pages.Admin;

/// <summary>Search analytics: what listeners look for, and whether the catalog has it.</summary>
public sealed class SearchesModel(SearchAnalytics analytics, SearchTopics topics) : PageModel
{
    public const int Days = 30;

    public SearchReport Report { get; private set; } = null!;

    public SearchTopicsReport Topics { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await analytics.GetAsync(Days, cancellationToken);
        Topics = await topics.GetAsync(cancellationToken);
    }
}
