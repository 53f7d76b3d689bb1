using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>The answer to <c>PUT /api/me/digest</c>: the setting as saved.</summary>
internal sealed record DigestSettingResponse(
    bool Weekly,
    [property: Description("Digests go only to a confirmed address; false means none is sent until the address is confirmed.")] bool EmailConfirmed);
