namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// One ASP.NET Core data-protection key as the XML the key manager writes. On PostgreSQL every
/// instance reads the key ring from here, so a cookie or antiforgery token one instance issued is
/// valid on the others.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
