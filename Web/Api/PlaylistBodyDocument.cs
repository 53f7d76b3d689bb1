using Microsoft.OpenApi;

namespace MusicRecommender.Web.Api;

/// <summary>
/// The playlist endpoint reads its body itself (several formats, a byte limit), so the document is told
/// the formats it takes: Exportify CSV, Spotify links as text, JSON ids, or a form with the file.
/// </summary>
internal static class PlaylistBodyDocument
{
    public static RouteHandlerBuilder WithPlaylistBody(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The playlist export (limits: Playlists:MaxBytes, Playlists:MaxRows).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["text/csv"] = Text("An Exportify CSV: the layout starting `Track URI`, `Track Name`… or the one starting `Spotify ID`, `Artist IDs`…"),
                    ["text/plain"] = Text("Spotify track links (or ids, or spotify:track: URIs), one per line; or one Spotify playlist link."),
                    ["application/json"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "spotifyIds" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["spotifyIds"] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.Array,
                                    Description = "Spotify track ids, open.spotify.com/track/ links or spotify:track: URIs.",
                                    Items = new OpenApiSchema { Type = JsonSchemaType.String },
                                },
                            },
                        },
                    },
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The export as a file (the first file is read)." },
                                ["playlist"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Or the export as text, when no file is sent." },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    private static OpenApiMediaType Text(string description) =>
        new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = description } };
}
