using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// Migrations are hand-written per provider (EF's design-time tooling is not available here), in
/// <c>Data/Migrations/Sqlite</c> and <c>Data/Migrations/Postgres</c>. This picks the set whose
/// namespace matches the provider in use. There is no model snapshot: a test compares the migrated
/// schema with the model instead (see docs/decisions/0002-hand-written-migrations.md).
/// </summary>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext) : IMigrationsAssembly
{
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Discover();

    public ModelSnapshot? ModelSnapshot => null;

    public Assembly Assembly => typeof(AppDbContext).Assembly;

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id =>
            string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedDictionary<string, TypeInfo> Discover()
    {
        var suffix = "." + DatabaseProviders.MigrationsNamespaceFor(currentContext.Context.Database.ProviderName);
        var contextType = currentContext.Context.GetType();
        var found = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in Assembly.DefinedTypes)
        {
            if (!type.IsSubclassOf(typeof(Migration)) || type.IsAbstract) continue;
            if (type.Namespace is null || !type.Namespace.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (type.GetCustomAttribute<DbContextAttribute>()?.ContextType != contextType) continue;
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id;
            if (id is not null) found.Add(id, type);
        }
        return found;
    }
}
