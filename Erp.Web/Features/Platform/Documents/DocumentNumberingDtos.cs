using System.ComponentModel.DataAnnotations;

namespace Erp.Web.Features.Platform.Documents;

/// <summary>How one document type is numbered for the tenant, with the number the next document would get.</summary>
public sealed record DocumentNumberingRow(string DocumentType, string Prefix, string Format, bool ResetsYearly, long NextNumber, string NextPreview)
{
    public DocumentNumberingInput ToInput() => new() { Prefix = Prefix, Format = Format, ResetsYearly = ResetsYearly };
}

public sealed class DocumentNumberingInput
{
    [MaxLength(20), RegularExpression("^[A-Za-z0-9\\-/._]*$", ErrorMessage = "Use letters, digits and - / . _ only.")]
    public string Prefix { get; set; } = "";

    [Required, MaxLength(100)]
    public string Format { get; set; } = "";

    public bool ResetsYearly { get; set; }
}
