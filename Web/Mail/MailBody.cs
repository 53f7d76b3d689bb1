using System.Text;
using System.Text.Encodings.Web;

namespace MusicRecommender.Web.Mail;

/// <summary>
/// Builds a message's plain-text and HTML parts side by side from the same few blocks, so both say the same.
/// The HTML is deliberately plain: no images, no styles beyond a font, every value encoded.
/// </summary>
internal sealed class MailBody
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MailBody Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Html.Encode(text)).Append("</p>\n");
        return this;
    }

    public MailBody Link(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Html.Encode(url)).Append("\">").Append(Html.Encode(label)).Append("</a></p>\n");
        return this;
    }

    /// <summary>A numbered entry: a linked title, then a line of detail.</summary>
    public MailBody Item(int number, string title, string url, string detail)
    {
        _text.Append(number).Append(". ").Append(title).Append('\n').Append("   ").Append(detail).Append('\n').Append("   ").Append(url).Append("\n\n");
        _html.Append("<li><a href=\"").Append(Html.Encode(url)).Append("\">").Append(Html.Encode(title)).Append("</a><br>")
            .Append(Html.Encode(detail)).Append("</li>\n");
        return this;
    }

    public MailBody StartList()
    {
        _html.Append("<ol>\n");
        return this;
    }

    public MailBody EndList()
    {
        _html.Append("</ol>\n");
        return this;
    }

    public MailBody Small(string text)
    {
        _text.Append("-- \n").Append(text).Append('\n');
        _html.Append("<p style=\"font-size:smaller;color:#555\">").Append(Html.Encode(text)).Append("</p>\n");
        return this;
    }

    public (string Text, string Html) Build(string title) => (
        _text.ToString().TrimEnd() + "\n",
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Html.Encode(title)}</title></head>
        <body style="font-family:sans-serif;line-height:1.5;max-width:40em">
        {_html}</body></html>
        """);
}
