using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Identity;

namespace MusicRecommender.Pipeline.Cli;

/// <summary><c>make-admin EMAIL</c>: give a registered user the Admin role.</summary>
internal static class MakeAdminCommand
{
    public const string Usage = "make-admin EMAIL   give a registered user the Admin role";

    public static async Task<int> RunAsync(CliArguments cli, CancellationToken cancellationToken)
    {
        var email = cli.Argument(0) ?? throw new CliException("make-admin needs the user's email: make-admin EMAIL.");
        cli.EnsureAllUsed();
        using var host = await PipelineHost.StartAsync(cancellationToken, services =>
        {
            services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
            services.AddScoped<AdminAccounts>();
        });
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().PromoteAsync(email.Trim());
        switch (result)
        {
            case PromotionResult.UnknownUser:
                await Console.Error.WriteLineAsync($"error: no registered user has the email {email}. They need to register on the site first.");
                return 1;
            case PromotionResult.AlreadyAdmin:
                Console.WriteLine($"{email} is already an admin.");
                return 0;
            default:
                Console.WriteLine($"{email} is now an admin. The Admin pages appear after their next sign-in.");
                return 0;
        }
    }
}
