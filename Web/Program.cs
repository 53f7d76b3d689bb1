using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Pipeline;
using MusicRecommender.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.AddPipeline();
builder.AddWeb();

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
}
app.UseWeb();
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
