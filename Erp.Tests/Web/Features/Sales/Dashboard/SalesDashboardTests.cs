using Erp.Domain.Sales.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Dashboard;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Infrastructure.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Dashboard;

/// <summary>The sales dashboard's figures follow orders and invoices, and open screens are told when they change.</summary>
public class SalesDashboardTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task ConfirmedOrdersAndOverdueInvoices_ShowInTheFigures_AndTheChangeIsAnnounced()
    {
        var changes = new List<DataChanged>();
        var notifier = app.Services.GetRequiredService<DataChangeNotifier>();
        void Collect(DataChanged change) { lock (changes) { changes.Add(change); } }
        notifier.Changed += Collect;
        try
        {
            // A confirmed order of 6 DA at 8.00 and 2 DB at 20.00: 88.00 net.
            var (data, _, _, _) = await DeliveryScenario.ConfirmedOrderAsync(app);
            var dashboard = await data.AsAdmin(sp => sp.GetRequiredService<SalesDashboardQueries>().GetAsync());

            Assert.True(dashboard.IsSuccess, dashboard.Error?.Message);
            Assert.Equal((88.00m, 88.00m, 1, 88.00m), (dashboard.Value.Today, dashboard.Value.ThisMonth, dashboard.Value.OpenOrders,
                dashboard.Value.OpenOrdersValue));
            Assert.Equal(["DA", "DB"], dashboard.Value.TopProducts.Select(p => p.Sku));
            Assert.Equal([48.00m, 40.00m], dashboard.Value.TopProducts.Select(p => p.Net));
            Assert.Equal((0m, 0, 1), (dashboard.Value.Overdue, dashboard.Value.OverdueInvoices, dashboard.Value.Customers));
            Assert.Contains(changes, c => c.TenantId == data.Tenant.Id && c.Types.Contains(typeof(SalesOrder)));

            var customer = await data.InDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Customers, c => c.Name == "Delivery Customer"));
            var invoice = await data.AsAdmin(sp => sp.GetRequiredService<InvoiceCommands>().CreateAndPostAsync(new InvoiceInput
            {
                CustomerId = customer.Id, InvoiceDate = DateTime.Today.AddDays(-40),
                Lines = [new InvoiceLineInput { Description = "Installation", Quantity = 1m, UnitPrice = 80m, TaxRatePercent = 0m }],
            }));
            Assert.True(invoice.IsSuccess, invoice.Error?.Message);

            var after = await data.AsAdmin(sp => sp.GetRequiredService<SalesDashboardQueries>().GetAsync());
            Assert.Equal((80.00m, 1), (after.Value.Overdue, after.Value.OverdueInvoices));
        }
        finally
        {
            notifier.Changed -= Collect;
        }
    }
}
