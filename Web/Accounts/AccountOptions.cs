using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Accounts;

/// <summary>
/// Section "Admin": the first admin, created at start-up when the user does not exist yet. Set it
/// from the environment (<c>Admin__Email</c>, <c>Admin__Password</c>), never in a committed file.
/// </summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string Section = "Admin";

    /// <summary>Empty counts as unset (compose passes <c>Admin__Email: ${ADMIN_EMAIL:-}</c> as an empty string).</summary>
    public string? Email { get; set; }

    public string? Password { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Email) && !new EmailAddressAttribute().IsValid(Email))
            yield return new ValidationResult("Admin:Email is not an e-mail address.", [nameof(Email)]);
    }
}

/// <summary>Section "DataProtection": where the keys that protect cookies and antiforgery tokens are kept.</summary>
public sealed class KeyStorageOptions
{
    public const string Section = "DataProtection";

    /// <summary>A folder; relative paths are under the repository root, like the SQLite file.</summary>
    [Required]
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>A PKCS#12 file (.pfx) whose certificate encrypts the keys at rest; empty: keys are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx password, from the environment only (<c>DataProtection__CertificatePassword</c>).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Earlier certificates, kept after a renewal so keys they encrypted can still be read.</summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];
}
