using System.ComponentModel;

namespace MusicRecommender.Web.Api;

internal sealed record AntiforgeryTokenResponse(
    [property: Description("Send it in the header named headerName, with the antiforgery cookie this response set.")] string? Token,
    string? HeaderName);
