using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Infrastructure.Playlists;
using Polly;

namespace MusicRecommender.Infrastructure.Spotify;

internal static class SpotifyRegistration
{
    /// <summary>
    /// The Spotify and ReccoBeats clients and <see cref="SongLookupService"/>, part of
    /// <c>AddInfrastructure</c> (which brings the database they store found songs in). Without Spotify credentials everything still
    /// resolves; the live lookup just reports itself off.
    /// </summary>
    public static IHostApplicationBuilder AddSongLookup(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SpotifyOptions>().BindConfiguration(SpotifyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReccoBeatsOptions>().BindConfiguration(ReccoBeatsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        AddPipeline<SpotifyOptions>(services, SpotifyClient.ServiceName);
        AddPipeline<ReccoBeatsOptions>(services, ReccoBeatsClient.ServiceName);

        // Token requests share Spotify's pipeline: when the accounts host fails, the API cannot work either.
        services.AddSingleton<SpotifyTokenProvider>();
        services.AddHttpClient(SpotifyTokenProvider.HttpClientName)
            .ConfigureHttpClient((sp, http) => Configure<SpotifyOptions>(sp, http, o => o.AccountsBaseUrl))
            .AddHttpMessageHandler(sp => CreateHandler(sp, SpotifyClient.ServiceName));
        services.AddHttpClient<SpotifyClient>()
            .ConfigureHttpClient((sp, http) => Configure<SpotifyOptions>(sp, http, o => o.ApiBaseUrl))
            .AddHttpMessageHandler(sp => CreateHandler(sp, SpotifyClient.ServiceName));
        services.AddHttpClient<ReccoBeatsClient>()
            .ConfigureHttpClient((sp, http) => Configure<ReccoBeatsOptions>(sp, http, o => o.ReccoBeatsBaseUrl))
            .AddHttpMessageHandler(sp => CreateHandler(sp, ReccoBeatsClient.ServiceName));

        // Tracks found live or added from a playlist get artist identity and songs like imported ones.
        services.TryAddScoped<Catalog.CatalogIdentity>();
        services.AddScoped<SongLookupService>();
        services.AddScoped<ReccoBeatsSearch>();
        services.AddScoped<ArtistLookup>();
        services.AddScoped<PlaylistMatcher>();
        services.AddScoped<PlaylistImporter>();
        return builder;
    }

    private static void AddPipeline<TOptions>(IServiceCollection services, string service)
        where TOptions : OutsideServiceOptions =>
        services.AddKeyedSingleton(service, (sp, _) => HttpResilience.CreatePipeline(
            service,
            sp.GetRequiredService<IOptions<TOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger($"MusicRecommender.Http.{service}")));

    private static ResilientHttpHandler CreateHandler(IServiceProvider services, string service) =>
        new(services.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(service), services.GetRequiredService<TimeProvider>());

    private static void Configure<TOptions>(IServiceProvider services, HttpClient http, Func<TOptions, string> baseUrl)
        where TOptions : OutsideServiceOptions
    {
        var options = services.GetRequiredService<IOptions<TOptions>>().Value;
        http.BaseAddress = HttpCall.BaseUri(baseUrl(options));
        // The pipeline owns timeouts; this is only a backstop should it ever be bypassed.
        http.Timeout = options.TotalTimeout + TimeSpan.FromSeconds(5);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }
}
