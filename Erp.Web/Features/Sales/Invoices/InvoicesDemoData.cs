using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Receivables;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>
/// A few posted invoices for the demo tenant (already in its scope, as the demo admin): one overdue, one partly paid,
/// one paid, and a draft. Written straight through the domain (no stock moves), after the customers demo.
/// </summary>
public sealed class InvoicesDemoData(IDbContextFactory<ErpDbContext> dbFactory, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SalesInvoices.AnyAsync(ct))
        {
            return;
        }

        await PaymentMethodService.EnsureStandardAsync(db, ct);
        var rates = await SalesPricing.TaxRatesAsync(db, ct);
        var customers = await db.Customers.AsNoTracking().Where(c => c.Name == "Jane Doe" || c.Name == "Corner Café LLC" || c.Name == "John Smith")
            .ToDictionaryAsync(c => c.Name, ct);
        var products = await db.Products.AsNoTracking().Where(p => p.Sku == "WATER-05" || p.Sku == "COLA-033" || p.Sku == "TEE")
            .ToDictionaryAsync(p => p.Sku, ct);
        var organizationId = await db.Organizations.OrderBy(o => o.ParentId != null).ThenBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync(ct);
        var method = await db.PaymentMethods.FirstAsync(m => m.Name == "Bank transfer", ct);
        if (customers.Count < 3 || products.Count < 3)
        {
            return;
        }

        var at = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var user = db.Tenant.UserId;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        InvoiceLineData Line(string sku, decimal quantity, decimal price)
        {
            var p = products[sku];
            return new InvoiceLineData(p.Id, p.Sku, p.Name, quantity, price, Discount.None, TaxRate.For(p.TaxCategory, rates)?.Percent ?? 0m, p.Cost);
        }

        async Task<SalesInvoice> InvoiceAsync(string customerName, int daysAgo, int netDays, bool post, params InvoiceLineData[] lines)
        {
            var c = customers[customerName];
            var invoice = new SalesInvoice(organizationId, user, at);
            var date = today.AddDays(-daysAgo);
            var header = new InvoiceHeader(date, null, $"Net {netDays}", date.AddDays(netDays), c.CurrencyCode, 1m, false, TaxRounding.PerLine,
                Discount.None, "Thank you for your business.", false, null);
            invoice.SetContent(new InvoiceCustomer(c.Id, c.Code, c.Name, c.TaxId, c.Billing.ToString(), c.TaxExempt), header, lines);
            if (post)
            {
                invoice.Post(user, at);
                await DocumentNumberService.AssignNumberAsync(db, invoice, date, ct);
            }

            db.SalesInvoices.Add(invoice);
            return invoice;
        }

        async Task PayAsync(SalesInvoice invoice, decimal amount, int daysAgo)
        {
            var date = today.AddDays(-daysAgo);
            var payment = new CustomerPayment(organizationId, invoice.CustomerId, invoice.CustomerName, date, method, amount, invoice.Currency,
                "DEMO-" + invoice.Number, null, user, at);
            await DocumentNumberService.AssignNumberAsync(db, payment, date, ct);
            db.CustomerPayments.Add(payment);
            payment.Allocate(amount);
            invoice.ApplyPayment(amount, user, at, $"Payment {payment.Number}");
            db.ReceivableAllocations.Add(new ReceivableAllocation(invoice.CustomerId, invoice.Id, payment.Id, null, amount, date, user, at));
        }

        await InvoiceAsync("Corner Café LLC", 60, 30, true, Line("COLA-033", 144m, 0.82m), Line("WATER-05", 96m, 0.45m)); // overdue
        var partly = await InvoiceAsync("Corner Café LLC", 10, 30, true, Line("COLA-033", 48m, 0.89m), Line("TEE", 5m, 12.50m));
        await PayAsync(partly, 50m, 3);
        var paid = await InvoiceAsync("Jane Doe", 20, 15, true, Line("TEE", 2m, 14.90m));
        await PayAsync(paid, paid.GrossTotal, 12);
        await InvoiceAsync("John Smith", 0, 15, false, Line("WATER-05", 12m, 0.60m));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
