using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Pages;

/// <summary>
/// The "why" of each pick: the query's and the track's features side by side, on each feature's documented
/// range. A list shows it for every pick, so it is written as one piece of HTML per pick rather than a partial
/// view each (the heaviest part of the results page under load), and the query's column, the same for every
/// pick, is formatted once per list.
/// </summary>
public sealed class FeatureBars
{
    private readonly string _head;
    private readonly string[] _queryCells = new string[AudioFeatures.Count];

    public FeatureBars(AudioFeatures query, string queryLabel)
    {
        ArgumentNullException.ThrowIfNull(query);
        var encoder = HtmlEncoder.Default;
        _head = $"""<table class="features">{'\n'}    <thead><tr><th scope="col">Feature</th><th scope="col">{encoder.Encode(queryLabel ?? "")}</th><th scope="col">This track</th></tr></thead>{'\n'}    <tbody>{'\n'}""";
        for (var i = 0; i < AudioFeatures.Count; i++) _queryCells[i] = Cell(i, query[i]);
    }

    /// <summary>The table for one pick.</summary>
    public IHtmlContent For(AudioFeatures track)
    {
        ArgumentNullException.ThrowIfNull(track);
        var html = new StringBuilder(_head, 2600);
        for (var i = 0; i < AudioFeatures.Count; i++)
        {
            html.Append("        <tr>\n            <th scope=\"row\">").Append(HtmlEncoder.Default.Encode(AudioFeatures.Definitions[i].Label)).Append("</th>\n            ")
                .Append(_queryCells[i]).Append("\n            ").Append(Cell(i, track[i])).Append("\n        </tr>\n");
        }
        html.Append("    </tbody>\n</table>\n");
        return new HtmlString(html.ToString());
    }

    private static string Cell(int feature, double value)
    {
        var d = AudioFeatures.Definitions[feature];
        var max = d.Name == "tempo" ? 220 : d.Name == "loudness" ? 0 : d.Max;
        var min = d.Name == "loudness" ? -40 : d.Min;
        // Numbers need no encoding; invariant, so a meter's value always parses.
        return string.Create(CultureInfo.InvariantCulture,
            $"""<td><meter min="{min}" max="{max}" value="{value}" title="{value:0.###}"></meter> <span class="num">{value:0.##}</span></td>""");
    }
}
