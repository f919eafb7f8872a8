using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Sales.Orders;

namespace Erp.Web.Features.Sales.Quotations;

/// <summary>The quotation form: header and lines as typed.</summary>
public sealed class QuotationInput
{
    public Guid? CustomerId { get; set; }
    public Guid? LocationId { get; set; }
    public DateTime? QuotationDate { get; set; } = DateTime.Today;
    public DateTime? ValidUntil { get; set; } = DateTime.Today.AddDays(30);
    public string? Currency { get; set; }
    public decimal ExchangeRate { get; set; } = 1m;
    public DiscountKind OrderDiscountKind { get; set; }
    public decimal OrderDiscountValue { get; set; }
    public string? Notes { get; set; }
    public List<SalesLineInput> Lines { get; set; } = [];
}
