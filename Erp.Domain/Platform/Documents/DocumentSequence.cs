using Erp.Domain.Common;

namespace Erp.Domain.Platform.Documents;

/// <summary>
/// The counter of one document type for one tenant and one numbering period (the year when it restarts yearly,
/// otherwise 0). Numbers are taken by the data layer with one atomic UPDATE inside the document's transaction.
/// </summary>
public sealed class DocumentSequence : TenantEntity
{
    public const int NoPeriod = 0;

    private DocumentSequence() { }

    public DocumentSequence(string documentType, int period, string prefix, string format, bool resetsYearly)
    {
        DocumentType = Text.Required(documentType, 50, "Document type");
        Period = period;
        Configure(prefix, format, resetsYearly);
    }

    public string DocumentType { get; private set; } = "";
    public int Period { get; private set; }
    public string Prefix { get; private set; } = "";
    public string Format { get; private set; } = DocumentTypes.DefaultFormat;
    public bool ResetsYearly { get; private set; }

    /// <summary>The number the next document gets.</summary>
    public long NextNumber { get; private set; } = 1;

    public static int PeriodOf(DateOnly date, bool resetsYearly) => resetsYearly ? date.Year : NoPeriod;

    public void Configure(string prefix, string format, bool resetsYearly)
    {
        var parsed = DocumentNumberFormat.Parse(format);
        if (!parsed.IsSuccess)
        {
            throw new DomainException(parsed.Error!);
        }

        if (resetsYearly && !parsed.Value.ContainsYear)
        {
            throw new DomainException(new Error("documents.number_format",
                "A counter that restarts every year needs the year ({yyyy} or {yy}) in the format, or numbers would repeat."));
        }

        Prefix = Text.Optional(prefix, 20, "Prefix") ?? "";
        Format = parsed.Value.Pattern;
        ResetsYearly = resetsYearly;
    }
}
