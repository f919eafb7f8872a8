using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Sales.Invoices;

public enum CreditNoteKind
{
    /// <summary>Amounts per line, no goods come back.</summary>
    PriceCorrection = 1,

    /// <summary>Quantities per line come back into stock at the line's cost.</summary>
    Return = 2,
}

/// <summary>Credit notes are issued posted: there is no draft to edit.</summary>
public enum CreditNoteStatus
{
    Posted = 1,
}

/// <summary>A credited line: what it takes back from the invoice line (quantity for a return, amounts always).</summary>
public sealed record CreditNoteLineData(SalesInvoiceLine InvoiceLine, decimal Quantity, decimal Net, decimal Tax);

/// <summary>
/// A credit note against one posted invoice. It lowers what the customer owes: first the invoice's amount due
/// (<see cref="AppliedAmount"/>), and what exceeds it is customer credit (<see cref="UnappliedAmount"/>).
/// </summary>
public sealed class CreditNote : Document<CreditNoteStatus>, IOrganizationOwned
{
    private static readonly StateMachine<CreditNoteStatus> Machine = new("credit note");

    private readonly List<CreditNoteLine> _lines = [];

    private CreditNote() { }

    public CreditNote(SalesInvoice invoice, CreditNoteKind kind, DateOnly date, Guid? returnLocationId, string? reason,
        IReadOnlyList<CreditNoteLineData> lines, string? userId, DateTimeOffset at)
        : base(CreditNoteStatus.Posted, userId, at)
    {
        if (!invoice.IsPosted)
        {
            throw new DomainException(Error.Validation("Only a posted invoice can be credited."));
        }

        if (lines.Count == 0 || lines.All(l => l.Net + l.Tax == 0m))
        {
            throw new DomainException(Error.Validation("Credit at least one line."));
        }

        if (kind == CreditNoteKind.Return && returnLocationId is null)
        {
            throw new DomainException(Error.Validation("Choose the location the goods come back to."));
        }

        OrganizationId = invoice.OrganizationId;
        InvoiceId = invoice.Id;
        InvoiceNumber = invoice.Number;
        CustomerId = invoice.CustomerId;
        CustomerCode = invoice.CustomerCode;
        CustomerName = invoice.CustomerName;
        Currency = invoice.Currency;
        Kind = kind;
        CreditDate = date;
        ReturnLocationId = kind == CreditNoteKind.Return ? returnLocationId : null;
        Reason = Text.Required(reason, 500, "Reason");
        var number = 0;
        foreach (var line in lines.Where(l => l.Net + l.Tax > 0m || l.Quantity > 0m))
        {
            line.InvoiceLine.TakeCredit(line.Quantity, line.Net, line.Tax);
            _lines.Add(new CreditNoteLine(Id, ++number, line));
        }

        NetTotal = _lines.Sum(l => l.Net);
        TaxTotal = _lines.Sum(l => l.Tax);
        GrossTotal = NetTotal + TaxTotal;
        UnappliedAmount = GrossTotal;
    }

    public override string DocumentType => DocumentTypes.CreditNote;
    protected override StateMachine<CreditNoteStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public string InvoiceNumber { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = "";
    public string CustomerName { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public CreditNoteKind Kind { get; private set; }
    public DateOnly CreditDate { get; private set; }
    public Guid? ReturnLocationId { get; private set; }
    public string Reason { get; private set; } = "";
    public decimal NetTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal GrossTotal { get; private set; }
    public decimal AppliedAmount { get; private set; }

    /// <summary>What is left as customer credit, for other invoices.</summary>
    public decimal UnappliedAmount { get; private set; }

    public IReadOnlyList<CreditNoteLine> Lines => _lines;

    /// <summary>Uses part of the credit against an invoice (its own first, then others).</summary>
    public void Apply(decimal amount)
    {
        if (amount <= 0m || amount > UnappliedAmount)
        {
            throw new DomainException(Error.Validation($"Credit note {Number} has not that much credit left."));
        }

        AppliedAmount += amount;
        UnappliedAmount -= amount;
    }
}

public sealed class CreditNoteLine : Entity, ITenantOwned, IAudited
{
    private CreditNoteLine() { }

    internal CreditNoteLine(Guid creditNoteId, int lineNumber, CreditNoteLineData data)
    {
        if (data.Quantity < 0m || data.Net < 0m || data.Tax < 0m)
        {
            throw new DomainException(Error.Validation($"Line {lineNumber}: credited quantities and amounts cannot be negative."));
        }

        CreditNoteId = creditNoteId;
        LineNumber = lineNumber;
        InvoiceLineId = data.InvoiceLine.Id;
        ProductId = data.InvoiceLine.ProductId;
        Sku = data.InvoiceLine.Sku;
        Description = data.InvoiceLine.Description;
        Quantity = data.Quantity;
        UnitCost = data.InvoiceLine.UnitCost;
        TaxRatePercent = data.InvoiceLine.TaxRatePercent;
        Net = data.Net;
        Tax = data.Tax;
        Gross = data.Net + data.Tax;
    }

    public Guid TenantId { get; private set; }
    public Guid CreditNoteId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid InvoiceLineId { get; private set; }
    public Guid? ProductId { get; private set; }
    public string? Sku { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }
}
