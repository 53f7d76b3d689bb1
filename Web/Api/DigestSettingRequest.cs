namespace MusicRecommender.Web.Api;

/// <summary>The body of <c>PUT /api/me/digest</c>.</summary>
internal sealed record DigestSettingRequest(bool? Weekly);
