using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Data-protection keys encrypted at rest with a certificate when <c>DataProtection:CertificatePath</c> names a
/// PKCS#12 file (.pfx, password in <c>DataProtection__CertificatePassword</c>, environment only): each new key is
/// stored encrypted to it (folder or database alike). <c>DataProtection:PreviousCertificatePaths</c> still decrypts
/// keys written under an older certificate after a renewal. Without a path keys are stored unencrypted, as before
/// (docs/operations.md). A path that cannot be read stops the start with the reason.
/// </summary>
internal static class KeyEncryption
{
    public static void Apply(IDataProtectionBuilder dataProtection, KeyStorageOptions storage, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(storage.CertificatePath)) return;
        var current = Load(storage.CertificatePath, storage.CertificatePassword, contentRoot);
        var previous = storage.PreviousCertificatePaths.Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => Load(p, storage.CertificatePassword, contentRoot));
        dataProtection.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password, string contentRoot)
    {
        var file = Infrastructure.RepositoryPaths.Resolve(path, contentRoot);
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey) throw new InvalidOperationException($"DataProtection certificate {file} has no private key: it could not decrypt the keys.");
            return certificate;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"DataProtection certificate {file} could not be read ({e.Message}). Check DataProtection:CertificatePath and DataProtection__CertificatePassword.", e);
        }
    }
}
