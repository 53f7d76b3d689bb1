using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Infrastructure.Mail;

internal static class MailRegistration
{
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmailOptions>, SmtpPasswordSource>();
        builder.Services.AddSingleton<MailSender>();
        return builder;
    }
}
