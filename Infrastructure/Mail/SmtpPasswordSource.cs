using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Infrastructure.Mail;

/// <summary>
/// Refuses to start when <c>Email:Smtp:Password</c> comes from a settings file (appsettings*.json, which is committed
/// or shipped in the image): it belongs in the environment (<c>Email__Smtp__Password</c>) or, on a developer's
/// machine, user-secrets.
/// </summary>
internal sealed class SmtpPasswordSource(IConfiguration configuration) : IValidateOptions<EmailOptions>
{
    public const string Key = "Email:Smtp:Password";

    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        if (configuration is not IConfigurationRoot root) return ValidateOptionsResult.Success;
        var files = root.Providers.OfType<FileConfigurationProvider>()
            .Where(p => p.TryGet(Key, out var value) && !string.IsNullOrEmpty(value))
            .Where(p => p is not JsonConfigurationProvider { Source.Path: "secrets.json" })
            .Select(p => p.Source.Path)
            .ToList();
        return files.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Key} is set in {string.Join(", ", files)}. Put it in the environment (Email__Smtp__Password) instead, and remove it from the file.");
    }
}
