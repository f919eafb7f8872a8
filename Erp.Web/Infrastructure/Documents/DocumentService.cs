using System.Net;
using Microsoft.AspNetCore.Components;

namespace Erp.Web.Infrastructure.Documents;

/// <summary>What the running header and footer of a printed document show.</summary>
public sealed record DocumentInfo(string Title, string OrganizationName, PaperSize Paper = PaperSize.A4, bool Landscape = false);

/// <summary>Turns a Razor print template (one that wraps its content in <see cref="PrintLayout"/>) into a PDF.</summary>
public sealed class DocumentService(HtmlComponentRenderer html, PdfRenderer pdf, PrintAssets assets)
{
    public async Task<byte[]> RenderPdfAsync<TComponent>(IDictionary<string, object?> parameters, DocumentInfo info,
        CancellationToken ct = default)
        where TComponent : IComponent
    {
        var page = await html.RenderAsync<TComponent>(parameters);
        return await pdf.RenderAsync(page, new PdfPrintOptions(Header(info), Footer, info.Paper, info.Landscape), ct);
    }

    /// <summary>A till receipt on roll paper: the template brings its own small layout (no running header or footer).</summary>
    public async Task<byte[]> RenderRollPdfAsync<TComponent>(IDictionary<string, object?> parameters, RollPaper roll,
        CancellationToken ct = default)
        where TComponent : IComponent
    {
        var page = await html.RenderAsync<TComponent>(parameters);
        return await pdf.RenderAsync(page, new PdfPrintOptions("", "", Roll: roll), ct);
    }

    private string Header(DocumentInfo info) =>
        $"""
        <div style="font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#555;width:100%;margin:0 15mm;display:flex;justify-content:space-between;align-items:center;">
          <span><img src="{assets.LogoDataUri}" style="height:9pt;vertical-align:middle;margin-right:4pt;" />{WebUtility.HtmlEncode(info.OrganizationName)}</span>
          <span>{WebUtility.HtmlEncode(info.Title)}</span>
        </div>
        """;

    private const string Footer =
        """
        <div style="font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#555;width:100%;margin:0 15mm;text-align:right;">
          Page <span class="pageNumber"></span> of <span class="totalPages"></span>
        </div>
        """;
}
