using Polly;

namespace MusicRecommender.Infrastructure.Http;

/// <summary>
/// Runs each request through a service's resilience pipeline (Microsoft.Extensions.Http.Resilience
/// is not served by the package mirror). The pipeline is shared, the handler is not: the factory
/// recycles handlers, and the breaker's memory must outlive them.
/// </summary>
public sealed class ResilientHttpHandler(ResiliencePipeline<HttpResponseMessage> pipeline, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HttpResilience.StartedAt, time.GetTimestamp());
        try
        {
            return await pipeline.ExecuteAsync(
                static (ctx, state) => state.handler.SendAttemptAsync(state.request, ctx.CancellationToken),
                context,
                (handler: this, request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // The body is read inside the attempt so the attempt timeout covers a stalled download and the
    // retry predicate can look for QUOTA_EXCEEDED; our responses are small JSON documents.
    private async ValueTask<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
