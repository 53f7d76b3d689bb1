using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests;

/// <summary>One site per provider and test run, seeded from ../shared/data on first start like a new user's.</summary>
public abstract class SeededSite(DatabaseProvider provider) : IAsyncLifetime
{
    public SiteFactory Site { get; } = new(provider: provider);

    public Task InitializeAsync() => Site.WaitUntilReadyAsync();

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SeededSiteFixture() : SeededSite(DatabaseProvider.Sqlite);

public sealed class SeededPostgresSiteFixture() : SeededSite(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class SeededSiteCollection : ICollectionFixture<SeededSiteFixture>
{
    public const string Name = "seeded site (SQLite)";
}

[CollectionDefinition(Name)]
public sealed class SeededPostgresSiteCollection : ICollectionFixture<SeededPostgresSiteFixture>
{
    public const string Name = "seeded site (PostgreSQL)";
}
