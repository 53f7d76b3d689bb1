using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MusicRecommender.Pipeline.Models;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Pipeline;

public static class PipelineRegistration
{
    public static IHostApplicationBuilder AddPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<CatalogTrainer>();
        builder.Services.AddScoped<ModelActivator>();
        // The list-quality measure behind the quality command.
        builder.Services.AddScoped<Quality.QualityRunner>();
        // The one training orchestration (recorded runs) that the site and the command line both use.
        builder.Services.AddOptions<RetrainingOptions>().BindConfiguration(RetrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ProcessInstance>();
        builder.Services.AddSingleton<RetrainRuns>();
        builder.Services.AddScoped<RetrainRunner>();
        return builder;
    }
}
