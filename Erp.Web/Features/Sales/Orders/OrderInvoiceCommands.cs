using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>
/// Invoices a sales order: what is left to invoice (delivered or ordered, per the tenant's setting) becomes an invoice,
/// either a draft to review or posted at once. Posting records the quantities on the order (see <see cref="OrderInvoicing"/>).
/// </summary>
public sealed class OrderInvoiceCommands(IDbContextFactory<ErpDbContext> dbFactory, InvoiceCommands invoices, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateDraftAsync(Guid orderId, DateTime? invoiceDate = null, CancellationToken ct = default)
    {
        var input = await InputAsync(orderId, invoiceDate, ct);
        return input.IsSuccess ? await invoices.CreateDraftAsync(input.Value, ct) : input.Error!;
    }

    public async Task<Result<InvoicePosted>> InvoiceAsync(Guid orderId, DateTime? invoiceDate = null, CancellationToken ct = default)
    {
        var input = await InputAsync(orderId, invoiceDate, ct);
        return input.IsSuccess ? await invoices.CreateAndPostAsync(input.Value, ct) : input.Error!;
    }

    private async Task<Result<InvoiceInput>> InputAsync(Guid orderId, DateTime? invoiceDate, CancellationToken ct)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OrderInvoicing.InputForAsync(db, orderId, invoiceDate ?? DateTime.Today, ct);
    }
}
