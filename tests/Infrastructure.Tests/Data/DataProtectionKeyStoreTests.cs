using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>
/// The key ring in table DataProtectionKeys through <c>PersistKeysToDbContext&lt;AppDbContext&gt;</c> (what the site
/// does on PostgreSQL), and rows our own key repository wrote before it still unprotect after the upgrade.
/// </summary>
public sealed class DataProtectionKeyStoreTests
{
    private const string Application = "MusicRecommender";

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KeyRow_WrittenBeforeTheUpgrade_StillUnprotectsAfterIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var upgrade = migrations.FindIndex(id => id.EndsWith("_DataProtectionKeysEfStore", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[upgrade - 1]);
        }
        using var folder = new TempFolder("musicrec-keys");
        var payload = OldSiteProtects("a sign-in cookie", folder.Path);
        await using (var db = database.CreateContext())
        {
            // Exactly what the former DatabaseXmlRepository stored: one row per key file.
            foreach (var file in Directory.GetFiles(folder.Path, "*.xml"))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting);
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ({name}, {xml})");
            }
            await db.Database.MigrateAsync();
        }

        using var site = SiteServices(database);
        var unprotected = site.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload);

        Assert.Equal("a sign-in cookie", unprotected);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.DataProtectionKeys.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FirstKey_OnAnEmptyRing_IsStoredAsARowAnotherInstanceReads(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        string payload;
        using (var first = SiteServices(database)) payload = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("antiforgery");
        using var second = SiteServices(database);

        Assert.Equal("antiforgery", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
        await using var db = database.CreateContext();
        var row = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.StartsWith("<key ", row.Xml, StringComparison.Ordinal);
    }

    private static string OldSiteProtects(string text, string keysFolder)
    {
        using var services = new ServiceCollection().AddLogging().AddDataProtection().SetApplicationName(Application)
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder)).Services.BuildServiceProvider();
        return services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect(text);
    }

    private static ServiceProvider SiteServices(TestDatabase database)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDbContext<AppDbContext>(options => InfrastructureRegistration.ConfigureProvider(
            options, new DatabaseOptions { Provider = database.Provider }, database.ConnectionString, AppContext.BaseDirectory));
        services.AddDataProtection().SetApplicationName(Application).PersistKeysToDbContext<AppDbContext>();
        return services.BuildServiceProvider();
    }
}
