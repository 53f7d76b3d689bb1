using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Import;

namespace MusicRecommender.TestSupport;

/// <summary>The importer and the identity step it runs, wired as the site wires them, over one context.</summary>
public static class Importers
{
    public static CatalogImporter For(AppDbContext db, TimeProvider? clock = null) =>
        new(db, Identity(db, clock), clock ?? TimeProvider.System, NullLogger<CatalogImporter>.Instance);

    public static CatalogIdentity Identity(AppDbContext db, TimeProvider? clock = null) =>
        new(db, clock ?? TimeProvider.System, NullLogger<CatalogIdentity>.Instance);
}
