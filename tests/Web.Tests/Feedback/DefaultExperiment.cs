using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Experiments;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>
/// The test site creates recommender-vs-random stopped (so ranking tests see the model alone);
/// experiment tests run it for their duration. Tests in a collection run one at a time.
/// </summary>
internal static class DefaultExperiment
{
    public static Task StartAsync(SiteFactory site) => ChangeAsync(site, (admin, name) => admin.StartAsync(name, CancellationToken.None));

    public static Task StopAsync(SiteFactory site) => ChangeAsync(site, (admin, name) => admin.StopAsync(name, CancellationToken.None));

    private static async Task ChangeAsync(SiteFactory site, Func<ExperimentAdmin, string, Task<AdminChange>> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<ExperimentAdmin>(), ExperimentsStartup.DefaultExperiment);
        Assert.True(result.Succeeded, result.Message);
    }
}
