using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests;

/// <summary>One site per test run, seeded from ../shared/data on first start like a new user's.</summary>
public sealed class SeededSiteFixture : IAsyncLifetime
{
    public SiteFactory Site { get; } = new();

    public Task InitializeAsync() => Site.WaitUntilReadyAsync();

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SeededSiteCollection : ICollectionFixture<SeededSiteFixture>
{
    public const string Name = "seeded site";
}
