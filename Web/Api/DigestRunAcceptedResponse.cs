using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>The answer to <c>POST /api/admin/digests/run</c>: the run to follow at <see cref="StatusUrl"/>.</summary>
internal sealed record DigestRunAcceptedResponse(
    int RunId,
    [property: Description("False when a run was already going (on any instance): this is that run.")] bool Started,
    string StatusUrl);
