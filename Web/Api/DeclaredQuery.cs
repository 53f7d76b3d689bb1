namespace MusicRecommender.Web.Api;

/// <summary>Endpoint metadata: the query parameters an endpoint reads (see <see cref="ApiConventions.WithQuery"/>).</summary>
internal sealed record DeclaredQuery(IReadOnlyList<QueryParameter> Parameters);
