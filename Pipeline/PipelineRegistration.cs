using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MusicRecommender.Pipeline.Models;

namespace MusicRecommender.Pipeline;

public static class PipelineRegistration
{
    public static IHostApplicationBuilder AddPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<CatalogTrainer>();
        return builder;
    }
}
