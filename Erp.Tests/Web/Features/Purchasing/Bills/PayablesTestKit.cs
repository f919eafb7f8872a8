using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Payments;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Bills;

/// <summary>The purchasing kit plus what bills and payments need: settings, a received order, recording and paying as the accountant.</summary>
internal sealed class PayablesTestKit
{
    private PayablesTestKit(PurchasingTestKit kit) => Kit = kit;

    public PurchasingTestKit Kit { get; }
    public string Accountant => Kit.Accountant;

    public static async Task<PayablesTestKit> CreateAsync(ErpAppFactory app, bool requireOrder = true, decimal priceTolerance = 0m,
        string otherCurrencies = "")
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        await kit.InDb(async db =>
        {
            db.PurchasingSettings.Add(new PurchasingSettings(PurchasingSettings.Defaults with
            {
                RequireOrderForBills = requireOrder, PriceTolerancePercent = priceTolerance, OtherCurrencies = otherCurrencies,
            }));
            await db.SaveChangesAsync();
            return true;
        });
        return new PayablesTestKit(kit);
    }

    /// <summary>A sent order of <paramref name="quantity"/> at <paramref name="price"/> (one line), <paramref name="received"/> of it arrived.</summary>
    public async Task<PurchasingTestKit.OrderLines> ReceivedOrderAsync(Guid supplier, string sku, decimal quantity, decimal price, decimal received)
    {
        var product = await Kit.ProductAsync(sku, price);
        var order = await Kit.SentOrderAsync(supplier, [(product, quantity, price)]);
        if (received > 0m)
        {
            await Kit.MarkArrivedAsync(order.OrderId, new LineArrival(order.LineIds[0], received, 0m));
        }

        return order;
    }

    public static BillInput OrderBill(Guid supplier, PurchasingTestKit.OrderLines order, string invoiceNumber, decimal quantity, decimal price,
        string date = "2026-11-02") => new()
    {
        SupplierId = supplier,
        PurchaseOrderId = order.OrderId,
        SupplierInvoiceNumber = invoiceNumber,
        BillDate = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Lines = [new BillLineInput { OrderLineId = order.LineIds[0], Quantity = quantity, UnitPrice = price }],
    };

    /// <summary>A free bill (no order) of one line of <paramref name="amount"/>, dated and due as given.</summary>
    public static BillInput FreeBill(Guid supplier, string invoiceNumber, decimal amount, string date, string due, string? currency = null,
        decimal? rate = null) => new()
    {
        SupplierId = supplier,
        SupplierInvoiceNumber = invoiceNumber,
        BillDate = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        DueDate = DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
        Currency = currency,
        ExchangeRate = rate,
        Lines = [new BillLineInput { Description = "Services", Quantity = 1m, UnitPrice = amount }],
    };

    public Task<Result<BillRecorded>> RecordAsync(BillInput input, string? user = null) =>
        Kit.As(user ?? Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().RecordAsync(input));

    public async Task<Guid> RecordedAsync(BillInput input)
    {
        var recorded = await RecordAsync(input);
        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        return recorded.Value.Id;
    }

    public Task<Guid> MethodAsync() => Kit.InDb(async db =>
    {
        await PaymentMethodService.EnsureStandardAsync(db, CancellationToken.None);
        await db.SaveChangesAsync();
        return await db.PaymentMethods.Where(m => m.Kind == PaymentMethodKind.BankTransfer).Select(m => m.Id).FirstAsync();
    });

    public async Task<Result<SupplierPaymentRecorded>> PayAsync(Guid supplier, string date, decimal amount, string? user = null,
        params (Guid Bill, decimal Amount)[] to)
    {
        var method = await MethodAsync();
        return await Kit.As(user ?? Accountant, sp => sp.GetRequiredService<SupplierPaymentCommands>().PayAsync(new SupplierPaymentInput
        {
            SupplierId = supplier,
            Date = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            MethodId = method,
            Amount = amount,
            Reference = "TRF",
            Allocations = [.. to.Select(a => new PayableAllocationInput { BillId = a.Bill, Amount = a.Amount })],
        }));
    }
}
