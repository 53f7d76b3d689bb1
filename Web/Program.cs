using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.Pipeline;
using MusicRecommender.Web;
using MusicRecommender.Web.Feedback;
using MusicRecommender.Web.Retraining;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.AddSongLookup();
builder.AddPipeline();
builder.AddWeb();
builder.AddFeedback();
builder.AddRetraining();

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
}
app.UseWeb();
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
