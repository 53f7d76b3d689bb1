using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// One assembly holds a migrations set per provider, <c>Data/Migrations/Sqlite</c> and <c>Data/Migrations/Postgres</c>,
/// each with its own model snapshot. EF's own lookup would take every migration of the context and the first
/// snapshot it finds; this takes only the types whose namespace ends in the provider's folder, at run time and for
/// <c>dotnet ef</c> alike (see docs/decisions/0010-ef-tooling-migrations.md).
/// </summary>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext) : IMigrationsAssembly
{
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= DiscoverMigrations();

    public ModelSnapshot? ModelSnapshot => _snapshot ??= DiscoverSnapshot();

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

    private SortedDictionary<string, TypeInfo> DiscoverMigrations()
    {
        var found = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in ProviderTypes(typeof(Migration)))
        {
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id;
            if (id is not null) found.Add(id, type);
        }
        return found;
    }

    private ModelSnapshot? DiscoverSnapshot()
    {
        var snapshots = ProviderTypes(typeof(ModelSnapshot)).ToList();
        if (snapshots.Count > 1)
            throw new InvalidOperationException($"More than one model snapshot for this provider: {string.Join(", ", snapshots.Select(s => s.FullName))}.");
        return snapshots.Count == 0 ? null : (ModelSnapshot)Activator.CreateInstance(snapshots[0].AsType())!;
    }

    private IEnumerable<TypeInfo> ProviderTypes(Type baseType)
    {
        var suffix = "." + DatabaseProviders.MigrationsNamespaceFor(currentContext.Context.Database.ProviderName);
        var contextType = currentContext.Context.GetType();
        return Assembly.DefinedTypes.Where(type =>
            type.IsSubclassOf(baseType) && !type.IsAbstract
            && type.Namespace is not null && type.Namespace.EndsWith(suffix, StringComparison.Ordinal)
            && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
    }
}
