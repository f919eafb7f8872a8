using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Sales;

/// <summary>
/// What a customer owes or has committed to: their balance (opening balance + posted invoices − credit notes − payments)
/// plus the part not yet invoiced of their open confirmed orders (confirmed, being delivered, delivered or partly invoiced).
/// </summary>
public static class CreditExposure
{
    /// <summary>Confirmed orders not yet fully invoiced: what a customer has on order (also the dashboard's open orders).</summary>
    public static readonly IReadOnlyList<SalesOrderStatus> Open =
    [
        SalesOrderStatus.Confirmed, SalesOrderStatus.PartiallyDelivered, SalesOrderStatus.Delivered, SalesOrderStatus.PartiallyInvoiced,
    ];

    /// <summary>The customer's exposure in the customer's currency, leaving out <paramref name="excludingOrderId"/> (the order being checked).</summary>
    public static async Task<decimal> OfAsync(ErpDbContext db, Guid customerId, Guid? excludingOrderId = null, CancellationToken ct = default)
    {
        var opening = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.OpeningBalance).FirstOrDefaultAsync(ct);
        // The uninvoiced share of each line: gross × (ordered − invoiced) ÷ ordered, summed in memory (decimals stay exact).
        var lines = await db.SalesOrders.AsNoTracking()
            .Where(o => o.CustomerId == customerId && Open.Contains(o.Status) && o.Id != excludingOrderId)
            .SelectMany(o => o.Lines).Select(l => new { l.Gross, l.Quantity, l.InvoicedQuantity })
            .ToListAsync(ct);
        var orders = lines.Sum(l => l.InvoicedQuantity == 0m ? l.Gross : MoneyRounding.Round(l.Gross * (l.Quantity - l.InvoicedQuantity) / l.Quantity));
        var invoiced = await db.SalesInvoices.AsNoTracking().Where(i => i.CustomerId == customerId
                && (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid || i.Status == SalesInvoiceStatus.Paid))
            .SumAsync(i => i.GrossTotal, ct);
        var credited = await db.CreditNotes.AsNoTracking().Where(c => c.CustomerId == customerId).SumAsync(c => c.GrossTotal, ct);
        var paid = await db.CustomerPayments.AsNoTracking().Where(p => p.CustomerId == customerId).SumAsync(p => p.Amount, ct);
        return opening + invoiced - credited - paid + orders;
    }
}
