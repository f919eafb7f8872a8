using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Platform;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Tests.Web.Features.Pos.Returns;
using Erp.Web.Features.Pos.History;
using Erp.Web.Features.Pos.Returns;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Pos.Returns.PosTestData;

namespace Erp.Tests.Web.Features.Pos.History;

public class PosSaleHistoryTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task List_ACashierSeesTheSalesOfTheirOwnSessions_ASupervisorSeesAll()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (alice, _) = await data.CashierAsync();
        var (bob, _) = await data.CashierAsync(await data.SecondMainRegisterAsync());
        var aliceSale = await data.SaleAsync(alice, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var bobSale = await data.SaleAsync(bob, data.Customer, [new TillLine(lamp, "LAMP", 2m, 10m)], (PaymentMethodKind.Card, 20m));
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.ShopManager);

        var mine = await ListAsync(data, alice, new PosSaleListQuery());
        var all = await ListAsync(data, manager, new PosSaleListQuery());
        var othersSale = await data.As(alice, sp => sp.GetRequiredService<PosSaleQueries>().GetAsync(bobSale.Id));
        var accountant = await data.As(await data.Tenant.AddUserAsync(BuiltInRoles.Accountant),
            sp => sp.GetRequiredService<PosSaleQueries>().ListAsync(new PosSaleListQuery(), 0, 25));

        Assert.Equal([aliceSale.Number], mine.Items.Select(r => r.Number));
        Assert.Equal(2, all.Total);
        Assert.Equal("common.not_found", othersSale.Error!.Code);
        Assert.Equal("common.forbidden", accountant.Error!.Code);
    }

    [Fact]
    public async Task List_FiltersBySearchRegisterCashierStatusAndDates_AndTheDetailShowsReturns()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (alice, _) = await data.CashierAsync();
        var plain = await data.SaleAsync(alice, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var globex = await data.SaleAsync(alice, data.Customer, [new TillLine(lamp, "LAMP", 3m, 10m)], (PaymentMethodKind.Cash, 50m));
        var taken = await data.ReturnAsync(alice, Return(globex, Line(globex, 1, 1m)));
        Assert.True(taken.IsSuccess, taken.Error?.Message);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.Equal([globex.Number], (await ListAsync(data, manager, new PosSaleListQuery("Globex"))).Items.Select(r => r.Number));
        Assert.Equal([plain.Number], (await ListAsync(data, manager, new PosSaleListQuery(plain.Number))).Items.Select(r => r.Number));
        Assert.Equal(2, (await ListAsync(data, manager, new PosSaleListQuery(RegisterId: data.MainRegister, CashierId: alice,
            Status: PosSaleStatus.Completed, From: today, To: today))).Total);
        Assert.Equal(0, (await ListAsync(data, manager, new PosSaleListQuery(RegisterId: data.NorthRegister))).Total);
        Assert.Equal(0, (await ListAsync(data, manager, new PosSaleListQuery(From: today.AddDays(1)))).Total);
        Assert.Equal(0, (await ListAsync(data, manager, new PosSaleListQuery(Status: PosSaleStatus.Held))).Total);
        var sorted = await ListAsync(data, manager, new PosSaleListQuery(Sort: "gross", Desc: true));
        Assert.Equal([(globex.Number, 30m, 10m), (plain.Number, 10m, 0m)], sorted.Items.Select(r => (r.Number, r.Gross, r.Returned)));

        var details = (await data.As(alice, sp => sp.GetRequiredService<PosSaleQueries>().GetAsync(globex.Id))).Value;
        Assert.Equal((3m, 1m, 10m), (details.Lines.Single().Quantity, details.Lines.Single().ReturnedQuantity, details.Lines.Single().ReturnedGross));
        Assert.Equal((50m, 30m, 20m), (details.Payments.Single().Tendered, details.Payments.Single().Amount, details.Change));
        var summary = Assert.Single(details.Returns);
        Assert.Equal((taken.Value.Number, 10m, "Cash 10.00"), (summary.Number, summary.Gross, summary.Refunds));
        Assert.True(details.CanReturn);
    }

    [Fact]
    public async Task HistoryPages_NeedPosSell_AndShowOnlyTheCashiersOwnSales()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var aliceEmail = $"alice@{data.Tenant.Code}.test";
        var alice = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, aliceEmail);
        await data.OpenSessionAsync(alice, data.MainRegister);
        var (bob, _) = await data.CashierAsync(await data.SecondMainRegisterAsync());
        var aliceSale = await data.SaleAsync(alice, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var bobSale = await data.SaleAsync(bob, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var accountantEmail = $"accountant@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Accountant, accountantEmail);

        var anonymous = await app.CreateHttpsClient().GetAsync("/pos/sales");
        var accountant = await LoginAsync(accountantEmail);
        var cashier = await LoginAsync(aliceEmail);
        var refusedList = await accountant.GetAsync("/pos/sales");
        var refusedExport = await accountant.GetAsync(PosHistoryDownloads.ExportPath);
        var list = await cashier.GetAsync("/pos/sales");
        var own = await cashier.GetStringAsync($"/pos/sales/{aliceSale.Id}");
        var others = await cashier.GetAsync($"/pos/sales/{bobSale.Id}");
        using var export = new XLWorkbook(await cashier.GetStreamAsync(PosHistoryDownloads.ExportPath + "?sort=number"));

        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("access-denied", refusedList.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refusedExport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(aliceSale.Number, own, StringComparison.Ordinal);
        Assert.Contains("Return items", own, StringComparison.Ordinal);
        Assert.Contains($"/pos/sales/{aliceSale.Id}/receipt.pdf?copy=true", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        var sheet = export.Worksheet(1);
        Assert.Equal(2, sheet.RowsUsed().Count());
        Assert.Equal(aliceSale.Number, sheet.Cell(2, 1).GetString());
    }

    [Fact]
    public async Task ReturnReceiptPdf_ShowsTheShopNumbersLinesTaxesAndRefunds_OtherTenantsAreNotFound()
    {
        var data = await PosTestData.CreateAsync(app);
        var other = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var book = await data.StockedProductAsync("BOOK", 10m, 2m);
        var email = $"cashier@{data.Tenant.Code}.test";
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        await data.OpenSessionAsync(cashier, data.MainRegister);
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 2m, 11.60m), new TillLine(book, "BOOK", 1m, 10.80m, 8m)],
            (PaymentMethodKind.Card, 34m));
        var taken = await data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 1m), Line(sale, 2, 1m, Erp.Domain.Pos.Returns.ReturnCondition.Scrap)));
        Assert.True(taken.IsSuccess, taken.Error?.Message);
        var client = await LoginAsync(email);

        var response = await client.GetAsync(PosReturnDownloads.ReceiptUrl(taken.Value.Id));
        var foreign = await (await LoginAsync(other.Tenant.AdminEmail)).GetAsync(PosReturnDownloads.ReceiptUrl(taken.Value.Id));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var roll = await response.Content.ReadAsByteArrayAsync();
        using (var document = UglyToad.PdfPig.PdfDocument.Open(roll))
        {
            Assert.InRange(document.GetPage(1).Width, 226d, 227.5d); // the register's 80 mm paper
        }

        var text = UserDownloadsTests.PdfText(roll);
        foreach (var expected in new[]
                 {
                     $"RETURN {taken.Value.Number}", $"Original receipt {sale.Number}", "Main warehouse", "Register: Till TILL1",
                     "Product LAMP (LAMP)", "Product BOOK (BOOK)", "Back to stock", "Scrapped", "Tax 16 % on 10.00", "Tax 8 % on 10.00",
                     "1.60", "0.80", "22.40", "Refunded by Card",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var a4 = await client.GetByteArrayAsync(PosReturnDownloads.ReceiptUrl(taken.Value.Id, Erp.Domain.Pos.Registers.ReceiptPaper.A4));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(a4))
        {
            Assert.InRange(document.GetPage(1).Width, 594d, 596d);
        }

        Assert.Contains($"Return {taken.Value.Number}", UserDownloadsTests.PdfText(a4), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        if (Environment.GetEnvironmentVariable("ERP_PDF_OUT") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "pos-return-receipt-80mm.pdf"), roll);
            await File.WriteAllBytesAsync(Path.Combine(folder, "pos-return-receipt-a4.pdf"), a4);
        }
    }

    private static async Task<Erp.Web.Infrastructure.Grids.Paged<PosSaleRow>> ListAsync(PosTestData data, string userId, PosSaleListQuery query)
    {
        var result = await data.As(userId, sp => sp.GetRequiredService<PosSaleQueries>().ListAsync(query, 0, 25));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
