using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// The data-protection key ring in the <c>DataProtectionKeys</c> table, so every instance on one
/// PostgreSQL database signs and reads cookies and antiforgery tokens with the same keys.
/// (Microsoft's EntityFrameworkCore key store package is not available to this build; this is the
/// same idea in a few lines.) The key manager calls it synchronously and caches the ring.
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<AppDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
