using Microsoft.OpenApi;
using MusicRecommender.Web.Accounts;

namespace MusicRecommender.Web.Api;

/// <summary>What an endpoint tells the OpenAPI document beyond its signature and typed results.</summary>
internal static class ApiConventions
{
    /// <summary>
    /// Declares the query parameters the handler reads with <see cref="QueryReader"/> (which refuses
    /// any other) and lists them, with their types, ranges and descriptions, in the document.
    /// </summary>
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder endpoint, params IReadOnlyList<QueryParameter> parameters) =>
        endpoint
            .WithMetadata(new DeclaredQuery(parameters))
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var parameter in parameters) operation.Parameters.Add(parameter.ToOpenApi());
                return Task.CompletedTask;
            });

    /// <summary>
    /// For a state-changing endpoint that validates antiforgery itself (a missing or wrong token is a
    /// 400 problem): the document lists the header it needs.
    /// </summary>
    public static RouteHandlerBuilder WithAntiforgeryHeader(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = AccountsRegistration.AntiforgeryHeader,
                In = ParameterLocation.Header,
                Required = true,
                Description = "The token from GET /api/antiforgery/token, sent with the antiforgery cookie that request set.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });
}
