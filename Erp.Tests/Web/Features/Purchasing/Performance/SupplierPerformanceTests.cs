using System.Net;
using ClosedXML.Excel;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Receipts;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Performance;

/// <summary>
/// Supplier performance over March 2026 from orders and receipts built through the domain. Supplier S:
/// <code>
/// O0 2026-02-10 (before the period)   P1 10 @ 2.00, P2 5 @ 4.00           received 10 × P1 on 02-20 (outside the period)
/// O1 2026-03-02 sent 03-03, exp 03-09 P1 10 @ 2.20, P2 20 @ 3.80
/// O3 2026-03-05 cancelled             P1 100 @ 9.99                      (counts nowhere, not even as a previous price)
/// O2 2026-03-10 never marked sent, no expected date; P1 5 @ 2.10, P3 8 @ 1.00
/// R1 03-08 for O1: P1 10 accepted; P2 12 accepted, 2 rejected         on time (≤ 03-09), lead 03-08 − 03-03 = 5
/// R2 03-12 for O1: P2 4 accepted, 1 quarantined, 1 rejected           late, lead 12 − 3 = 9
/// R3 03-20 for O2: P1 6 accepted (20 % tolerance), P3 6 accepted      on time (no expected date), lead 20 − 10 (order date) = 10
/// </code>
/// On time 2 / 3 = 66.67 %; lead (5 + 9 + 10) / 3 = 8 days; rejected (2 + 1) / (24 + 6 + 12) = 3 / 42 = 7.14 %;
/// fill (O1, O2 only) = (10 + 17 + min(6, 5) + 6) / (10 + 20 + 5 + 8) = 38 / 43 = 88.37 %;
/// price variance: O1 P1 (2.20 − 2.00) × 10 = +2.00 on 20.00; O1 P2 (3.80 − 4.00) × 20 = −4.00 on 80.00;
/// O2 P1 (2.10 − 2.20, O1's price: the cancelled O3 and supplier T's price do not count) × 5 = −0.50 on 11.00; P3 never ordered before.
/// −2.50 / 111.00 = −2.25 %. Supplier T: one order 03-03 P1 10 @ 1.00, nothing received: fill 0 %, no other figure.
/// </summary>
public class SupplierPerformanceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    [Fact]
    public async Task Figures_MatchTheHandWorkedExample_OnThePageTheReportAndItsDownloads()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var (s, t) = await ArrangeAsync(kit);

        var report = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierPerformanceQueries>().ReportAsync(From, To));
        var single = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierPerformanceQueries>().ForSupplierAsync(s, From, To));

        Assert.True(report.IsSuccess, report.Error?.Message);
        var expected = new PerformanceFigures(3, 4, 66.67m, 8m, 88.37m, 7.14m, -2.25m);
        Assert.Equal(expected, single.Value);
        Assert.Equal(expected, report.Value.Rows.Single(r => r.SupplierId == s).Figures);
        Assert.Equal(new PerformanceFigures(0, 1, null, null, 0m, null, null), report.Value.Rows.Single(r => r.SupplierId == t).Figures);

        // The Excel download has the same figures; the PDF renders; a cashier is refused; a bad date is a 400.
        var email = $"perf-buyer@{kit.Data.Tenant.Code}.test";
        await kit.Data.Tenant.AddUserAsync(BuiltInRoles.Buyer, email);
        await kit.Data.Tenant.AddUserAsync(BuiltInRoles.Cashier, $"perf-cashier@{kit.Data.Tenant.Code}.test");
        var buyer = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(buyer, email);
        var cashier = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(cashier, $"perf-cashier@{kit.Data.Tenant.Code}.test");
        var query = PerformanceSetup.Query(From, To);

        var excel = await buyer.GetAsync(PerformanceSetup.ExcelPath + query);
        var pdf = await buyer.GetAsync(PerformanceSetup.PdfPath + query);
        var refused = await cashier.GetAsync(PerformanceSetup.ExcelPath + query);
        var bad = await buyer.GetAsync(PerformanceSetup.ExcelPath + "?from=2026-13-01");
        var reversed = await buyer.GetAsync(PerformanceSetup.ExcelPath + "?from=2026-03-31&to=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using (var book = new XLWorkbook(await excel.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            var row = Enumerable.Range(2, 3).Single(r => sheet.Cell(r, 1).GetString() == "SUP-S");
            Assert.Equal([3d, 66.67, 8d, 4d, 88.37, 7.14, -2.25], Enumerable.Range(3, 7).Select(c => sheet.Cell(row, c).GetDouble()));
        }

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    [Fact]
    public async Task ACashier_IsForbidden()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var cashier = await kit.Data.Tenant.AddUserAsync(BuiltInRoles.Cashier);

        var result = await kit.As(cashier, sp => sp.GetRequiredService<SupplierPerformanceQueries>().ReportAsync(From, To));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    private static async Task<(Guid S, Guid T)> ArrangeAsync(PurchasingTestKit kit)
    {
        var p1 = await kit.ProductAsync("PERF-1");
        var p2 = await kit.ProductAsync("PERF-2");
        var p3 = await kit.ProductAsync("PERF-3");
        var s = await kit.SupplierAsync("SUP-S", "Steady Supplies");
        var t = await kit.SupplierAsync("SUP-T", "Other Trading");

        var o0 = await kit.SentOrderAsync(s, [(p1, 10m, 2.00m), (p2, 5m, 4.00m)], orderDate: new(2026, 2, 10), expected: new(2026, 2, 17));
        var o1 = await kit.SentOrderAsync(s, [(p1, 10m, 2.20m), (p2, 20m, 3.80m)], orderDate: new(2026, 3, 2), expected: new(2026, 3, 9));
        var o3 = await kit.SentOrderAsync(s, [(p1, 100m, 9.99m)], orderDate: new(2026, 3, 5), expected: new(2026, 3, 12));
        var o2 = await kit.SentOrderAsync(s, [(p1, 5m, 2.10m), (p3, 8m, 1.00m)], orderDate: new(2026, 3, 10), expected: new(2026, 3, 17));
        await kit.SentOrderAsync(t, [(p1, 10m, 1.00m)], orderDate: new(2026, 3, 3), expected: new(2026, 3, 10));

        await kit.InDb(async db =>
        {
            // The kit sends orders now; set the moments this example needs (O1 sent 03-03; O2 never sent, no expected date).
            await db.PurchaseOrders.Where(o => o.Id == o1.OrderId)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.SentAt, new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero)));
            await db.PurchaseOrders.Where(o => o.Id == o2.OrderId)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.SentAt, (DateTimeOffset?)null).SetProperty(o => o.ExpectedDate, (DateOnly?)null));
            var cancelled = await db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == o3.OrderId);
            Assert.True(cancelled.Cancel(kit.Buyer, DateTimeOffset.UtcNow, "Wrong price").IsSuccess);
            await db.SaveChangesAsync();
            return true;
        });

        await ReceiveAsync(kit, o0.OrderId, new(2026, 2, 20), 0m, (o0.LineIds[0], 10m, 0m, 0m));
        await ReceiveAsync(kit, o1.OrderId, new(2026, 3, 8), 0m, (o1.LineIds[0], 10m, 0m, 0m), (o1.LineIds[1], 12m, 2m, 0m));
        await ReceiveAsync(kit, o1.OrderId, new(2026, 3, 12), 0m, (o1.LineIds[1], 4m, 1m, 1m));
        await ReceiveAsync(kit, o2.OrderId, new(2026, 3, 20), 20m, (o2.LineIds[0], 6m, 0m, 0m), (o2.LineIds[1], 6m, 0m, 0m));
        return (s, t);
    }

    /// <summary>A posted receipt (no stock: only the figures matter here) and the arrival on the order's lines.</summary>
    private static Task<bool> ReceiveAsync(PurchasingTestKit kit, Guid orderId, DateOnly date, decimal tolerance,
        params (Guid Line, decimal Accepted, decimal Rejected, decimal Quarantined)[] lines) => kit.InDb(async db =>
    {
        var order = await db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
        var data = lines.Select(l =>
        {
            var line = order.Lines.Single(x => x.Id == l.Line);
            return new PurchaseReceiptLineData(line.Id, line.ProductId, line.Sku, line.Description, kit.Main, l.Accepted, l.Rejected,
                l.Quarantined, l.Quarantined > 0m ? kit.North : null, l.Rejected > 0m ? "Damaged" : null, line.UnitPrice, 0m, line.UnitPrice);
        }).ToList();
        var receipt = new PurchaseReceipt(kit.Data.OrganizationId,
            new PurchaseReceiptHeader(order.Id, order.Number, order.SupplierId, order.SupplierName, date, null, order.Currency, 1m,
                LandedCostBasis.ByValue, null), data, [], kit.Storekeeper, DateTimeOffset.UtcNow);
        var arrived = order.RecordArrival([.. lines.Select(l => new LineArrival(l.Line, l.Accepted + l.Quarantined, l.Rejected))], tolerance,
            kit.Storekeeper, DateTimeOffset.UtcNow);
        Assert.True(arrived.IsSuccess, arrived.Error?.Message);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await DocumentNumberService.AssignNumberAsync(db, receipt, date);
        db.PurchaseReceipts.Add(receipt);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    });
}
