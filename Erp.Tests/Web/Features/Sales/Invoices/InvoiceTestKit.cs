using Erp.Domain.Common;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Payments;
using Erp.Web.Features.Sales.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Invoices;

/// <summary>
/// A tenant with two warehouses, a customer and the standard tax rates (16 % default, 8 % "Reduced", 0 %),
/// driving invoices, credit notes and payments through their services.
/// </summary>
public sealed class InvoiceTestData
{
    private InvoiceTestData(InventoryTestData inventory, Guid customer) => (Inventory, Customer) = (inventory, customer);

    public InventoryTestData Inventory { get; }
    public Guid Customer { get; }
    public ErpAppFactory App => Inventory.App;
    public TestTenant Tenant => Inventory.Tenant;

    public static async Task<InvoiceTestData> CreateAsync(ErpAppFactory app)
    {
        var inventory = await InventoryTestData.CreateAsync(app);
        var customer = await app.CreateAsync(inventory.Tenant, CustomerTestKit.Input("Globex Corporation"));
        return new InvoiceTestData(inventory, customer);
    }

    public Task<Guid> CustomerAsync(string name) => App.CreateAsync(Tenant, CustomerTestKit.Input(name));

    public Task<T> As<T>(string? userId, Func<IServiceProvider, Task<T>> action) =>
        App.InTenantAsync(Tenant.Id, userId ?? Tenant.AdminId, action);

    public Task<T> InDb<T>(Func<Erp.Data.ErpDbContext, Task<T>> query) => Inventory.InDb(query);

    public static InvoiceLineInput Line(Guid? product, decimal quantity, decimal price, string? description = null,
        DiscountKind discount = DiscountKind.None, decimal discountValue = 0m) =>
        new() { ProductId = product, Quantity = quantity, UnitPrice = price, Description = description, DiscountKind = discount, DiscountValue = discountValue };

    public InvoiceInput Invoice(params InvoiceLineInput[] lines) => new()
    {
        CustomerId = Customer, InvoiceDate = new DateTime(2026, 11, 2), DueDate = new DateTime(2026, 12, 2), Lines = [.. lines],
    };

    public Task<Result<Guid>> DraftAsync(InvoiceInput input, string? userId = null) =>
        As(userId, sp => sp.GetRequiredService<InvoiceCommands>().CreateDraftAsync(input));

    public Task<Result<string>> PostAsync(Guid id, string? userId = null) =>
        As(userId, sp => sp.GetRequiredService<InvoiceCommands>().PostAsync(id));

    /// <summary>Creates and posts an invoice, failing the test if either step fails.</summary>
    public async Task<Guid> PostedAsync(InvoiceInput input)
    {
        var posted = await As(null, sp => sp.GetRequiredService<InvoiceCommands>().CreateAndPostAsync(input));
        Assert.True(posted.IsSuccess, posted.Error?.Message);
        return posted.Value.Id;
    }

    public Task<SalesInvoice> LoadAsync(Guid id) =>
        InDb(db => db.SalesInvoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == id));

    public async Task<Guid> MethodAsync(PaymentMethodKind kind = PaymentMethodKind.BankTransfer)
    {
        var methods = await As(null, sp => sp.GetRequiredService<PaymentMethodService>().ListAsync(activeOnly: true));
        return methods.Value.First(m => m.Kind == kind).Id;
    }

    public async Task<Result<InvoicePosted>> PayAsync(decimal amount, bool keepCredit, params (Guid Invoice, decimal Amount)[] allocations)
    {
        var method = await MethodAsync();
        return await As(null, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(new PaymentInput
        {
            CustomerId = Customer, Date = new DateTime(2026, 11, 20), MethodId = method, Amount = amount, Reference = "TRX-1",
            KeepCredit = keepCredit, Allocations = [.. allocations.Select(a => new AllocationInput { InvoiceId = a.Invoice, Amount = a.Amount })],
        }));
    }

    public Task<Result<InvoicePosted>> CreditAsync(CreditNoteInput input) =>
        As(null, sp => sp.GetRequiredService<CreditNoteCommands>().CreateAsync(input));

    public Task<Result<CustomerBalance>> BalanceAsync(Guid? customer = null) =>
        As(null, sp => sp.GetRequiredService<ReceivableQueries>().BalanceAsync(customer ?? Customer));
}
