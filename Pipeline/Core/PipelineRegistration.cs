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
        // The list-quality measure behind the quality command.
        builder.Services.AddScoped<Quality.QualityRunner>();
        // Retraining: the recorded runs, the runner and the model switch it activates through.
        builder.Services.AddOptions<RetrainingOptions>().BindConfiguration(RetrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetrainRuns>();
        builder.Services.AddScoped<ModelSwitch>();
        builder.Services.AddScoped<RetrainRunner>();
        return builder;
    }
}
