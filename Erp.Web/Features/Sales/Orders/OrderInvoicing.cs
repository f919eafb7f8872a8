using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Sales.Invoices;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>
/// Ties invoices to their sales order, inside the caller's transaction: the invoice input for what is left to invoice
/// (delivered or ordered, per the tenant's setting), the invoiced quantities when such an invoice is posted, and the
/// order's move to Paid when every one of its invoices is settled.
/// </summary>
public static class OrderInvoicing
{
    public static readonly Error NothingToInvoice = new("sales.nothing_to_invoice",
        "Nothing is left to invoice on this order.");

    /// <summary>
    /// An invoice for what is left to invoice: per line (delivered or ordered) − invoiced, at the order's price, discount
    /// and tax rate. Amount discounts (line and order) are split by quantity so that the invoices of an order add up to it
    /// to the cent.
    /// </summary>
    public static async Task<Result<InvoiceInput>> InputForAsync(ErpDbContext db, Guid orderId, DateTime invoiceDate, CancellationToken ct)
    {
        var order = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        return order is null ? SalesOrderErrors.OrderNotFound : InputFor(order, (await SalesPricing.SettingsAsync(db, ct)).InvoiceOn, invoiceDate);
    }

    /// <summary>The invoice input of <paramref name="order"/> as it is in memory (a counter sale invoices before saving).</summary>
    public static Result<InvoiceInput> InputFor(SalesOrder order, InvoiceOn invoiceOn, DateTime invoiceDate)
    {
        if (!order.IsConfirmed || order.Status == SalesOrderStatus.Paid)
        {
            return new Error("sales.not_invoiceable", $"Order {order.Number} is {order.Status}; only confirmed orders can be invoiced.");
        }

        var lines = new List<InvoiceLineInput>();
        var orderDiscount = 0m;
        foreach (var line in order.Lines.OrderBy(l => l.LineNumber))
        {
            var upTo = invoiceOn == InvoiceOn.Delivery ? line.DeliveredQuantity : line.Quantity;
            var quantity = upTo - line.InvoicedQuantity;
            if (quantity <= 0m)
            {
                continue;
            }

            var lineDiscount = line.DiscountKind == DiscountKind.Amount
                ? ShareOf(line.DiscountValue, line.InvoicedQuantity, upTo, line.Quantity)
                : line.DiscountValue;
            orderDiscount += ShareOf(line.OrderDiscountShare, line.InvoicedQuantity, upTo, line.Quantity);
            lines.Add(new InvoiceLineInput
            {
                ProductId = line.ProductId, Description = line.ProductName, Quantity = quantity, UnitPrice = line.UnitPrice,
                DiscountKind = line.DiscountKind, DiscountValue = lineDiscount, TaxRatePercent = line.TaxRatePercent,
                SourceOrderLineId = line.Id,
            });
        }

        if (lines.Count == 0)
        {
            return invoiceOn == InvoiceOn.Delivery && order.Lines.Any(l => l.InvoicedQuantity < l.Quantity)
                ? new Error("sales.nothing_delivered", "Everything delivered is invoiced: deliver more before invoicing (this business invoices delivered quantities).")
                : NothingToInvoice;
        }

        return new InvoiceInput
        {
            CustomerId = order.CustomerId, OrganizationId = order.OrganizationId, InvoiceDate = invoiceDate,
            PaymentTermId = order.PaymentTermId, Currency = order.Currency, ExchangeRate = order.ExchangeRate,
            PricesIncludeTax = order.PricesIncludeTax, OrderDiscountKind = DiscountKind.Amount, OrderDiscountValue = orderDiscount,
            Notes = $"Sales order {order.Number}", SourceOrderId = order.Id, Lines = lines,
        };
    }

    /// <summary>Records a posted invoice's quantities on its order (refused beyond what may be invoiced).</summary>
    public static async Task<Result> RecordPostedAsync(ErpDbContext db, SalesInvoice invoice, DateTimeOffset at, CancellationToken ct)
    {
        if (invoice.SourceOrderId is not { } orderId)
        {
            return Result.Success();
        }

        var order = await db.SalesOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return SalesOrderErrors.OrderNotFound;
        }

        var invoiceOn = (await SalesPricing.SettingsAsync(db, ct)).InvoiceOn;
        var quantities = invoice.Lines.Where(l => l.SourceOrderLineId is not null)
            .GroupBy(l => l.SourceOrderLineId!.Value).Select(g => (g.Key, g.Sum(l => l.Quantity))).ToList();
        return order.RecordInvoice(quantities, invoiceOn, db.Tenant.UserId, at, $"Invoice {invoice.Number}");
    }

    /// <summary>Moves fully invoiced orders to Paid once none of their posted invoices is still due.</summary>
    public static async Task SyncPaidAsync(ErpDbContext db, IEnumerable<Guid?> orderIds, DateTimeOffset at, CancellationToken ct)
    {
        foreach (var orderId in orderIds.OfType<Guid>().Distinct())
        {
            var order = await db.SalesOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
            if (order is not { Status: SalesOrderStatus.Invoiced })
            {
                continue;
            }

            // A tracking query returns the invoices this transaction already changed as they are now, not as saved.
            var invoices = await db.SalesInvoices.Where(i => i.SourceOrderId == orderId).ToListAsync(ct);
            if (invoices.Where(i => i.IsPosted).All(i => i.AmountDue == 0m))
            {
                order.MarkPaid(db.Tenant.UserId, at, "Every invoice is settled");
            }
        }
    }

    /// <summary>The part of <paramref name="amount"/> (spread over <paramref name="total"/> units) between two running quantities.</summary>
    private static decimal ShareOf(decimal amount, decimal from, decimal to, decimal total) =>
        total == 0m ? 0m : MoneyRounding.Round(amount * to / total) - MoneyRounding.Round(amount * from / total);
}
