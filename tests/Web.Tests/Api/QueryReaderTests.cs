using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicRecommender.Web.Api;

namespace MusicRecommender.Web.Tests.Api;

/// <summary>The reader reads only what its endpoint declares, so the OpenAPI document lists every parameter read.</summary>
public sealed class QueryReaderTests
{
    [Fact]
    public void Read_WhenTheEndpointDidNotDeclareTheParameter_Throws()
    {
        var declared = QueryParameter.Integer("limit", 1, 10, "How many.", defaultValue: 5);
        var undeclared = QueryParameter.Integer("page", 1, 10, "Which page.", defaultValue: 1);
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString("?limit=3&page=2");
        http.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new DeclaredQuery([declared])), "test"));
        var reader = new QueryReader(http);

        Assert.Equal(3, reader.Integer(declared));
        var error = Assert.Throws<InvalidOperationException>(() => reader.Integer(undeclared));
        Assert.Contains("WithQuery", error.Message, StringComparison.Ordinal);
    }
}
