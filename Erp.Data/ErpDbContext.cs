using System.Linq.Expressions;
using System.Reflection;
using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data;

/// <summary>
/// The one model of the application. Each provider has a subclass that owns its migrations;
/// services take <c>IDbContextFactory&lt;ErpDbContext&gt;</c> and open one context per operation.
/// </summary>
public abstract class ErpDbContext : IdentityUserContext<ApplicationUser>
{
    public const string TenantFilter = "Tenant";
    public const string SoftDeleteFilter = "SoftDelete";

    private readonly ITenantContext _tenant;

    protected ErpDbContext(DbContextOptions options, ITenantContext tenant) : base(options) => _tenant = tenant;

    public ITenantContext Tenant => _tenant;

    /// <summary>Read by the tenant query filter on every query; null matches no row.</summary>
    public Guid? CurrentTenantId => _tenant.TenantId;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();
    public DbSet<TenantRole> Roles => Set<TenantRole>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SignInEvent> SignInEvents => Set<SignInEvent>();
    public DbSet<DocumentSequence> DocumentSequences => Set<DocumentSequence>();
    public DbSet<DocumentStatusChange> DocumentStatusChanges => Set<DocumentStatusChange>();
    public DbSet<Erp.Domain.Platform.Audit.AuditEntry> AuditEntries => Set<Erp.Domain.Platform.Audit.AuditEntry>();
    public DbSet<Erp.Domain.Platform.Audit.AuditChainHead> AuditChainHeads => Set<Erp.Domain.Platform.Audit.AuditChainHead>();
    public DbSet<UserAvatar> UserAvatars => Set<UserAvatar>();
    public DbSet<Erp.Domain.Catalog.Product> Products => Set<Erp.Domain.Catalog.Product>();
    public DbSet<Erp.Domain.Catalog.Category> Categories => Set<Erp.Domain.Catalog.Category>();
    public DbSet<Erp.Domain.Catalog.Brand> Brands => Set<Erp.Domain.Catalog.Brand>();
    public DbSet<Erp.Domain.Catalog.Unit> Units => Set<Erp.Domain.Catalog.Unit>();
    public DbSet<Erp.Domain.Catalog.ProductAttribute> ProductAttributes => Set<Erp.Domain.Catalog.ProductAttribute>();
    public DbSet<Erp.Domain.Catalog.ProductImage> ProductImages => Set<Erp.Domain.Catalog.ProductImage>();
    public DbSet<Erp.Domain.Inventory.StockLevel> StockLevels => Set<Erp.Domain.Inventory.StockLevel>();
    public DbSet<Erp.Domain.Inventory.StockMovement> StockMovements => Set<Erp.Domain.Inventory.StockMovement>();
    public DbSet<Erp.Domain.Inventory.ProductStock> ProductStocks => Set<Erp.Domain.Inventory.ProductStock>();
    public DbSet<Erp.Domain.Inventory.InventorySettings> InventorySettings => Set<Erp.Domain.Inventory.InventorySettings>();
    public DbSet<Erp.Domain.Inventory.AdjustmentReason> AdjustmentReasons => Set<Erp.Domain.Inventory.AdjustmentReason>();
    public DbSet<Erp.Domain.Inventory.Receipts.GoodsReceipt> GoodsReceipts => Set<Erp.Domain.Inventory.Receipts.GoodsReceipt>();
    public DbSet<Erp.Domain.Inventory.Adjustments.StockAdjustment> StockAdjustments => Set<Erp.Domain.Inventory.Adjustments.StockAdjustment>();
    public DbSet<Erp.Domain.Inventory.Counts.StockCount> StockCounts => Set<Erp.Domain.Inventory.Counts.StockCount>();
    public DbSet<Erp.Domain.Inventory.Counts.StockCountLine> StockCountLines => Set<Erp.Domain.Inventory.Counts.StockCountLine>();
    public DbSet<Erp.Domain.Inventory.LowStockAlert> LowStockAlerts => Set<Erp.Domain.Inventory.LowStockAlert>();
    public DbSet<Erp.Domain.Inventory.Transfers.StockTransfer> StockTransfers => Set<Erp.Domain.Inventory.Transfers.StockTransfer>();
    public DbSet<Erp.Domain.Inventory.Transfers.StockTransferLine> StockTransferLines => Set<Erp.Domain.Inventory.Transfers.StockTransferLine>();
    public DbSet<Erp.Domain.Sales.Pricing.PriceList> PriceLists => Set<Erp.Domain.Sales.Pricing.PriceList>();
    public DbSet<Erp.Domain.Sales.Customers.Customer> Customers => Set<Erp.Domain.Sales.Customers.Customer>();
    public DbSet<Erp.Domain.Sales.Customers.CustomerGroup> CustomerGroups => Set<Erp.Domain.Sales.Customers.CustomerGroup>();
    public DbSet<Erp.Domain.Sales.Customers.PaymentTerm> PaymentTerms => Set<Erp.Domain.Sales.Customers.PaymentTerm>();
    public DbSet<Erp.Domain.Sales.Geography.Country> Countries => Set<Erp.Domain.Sales.Geography.Country>();
    public DbSet<Erp.Domain.Sales.Geography.Subdivision> Subdivisions => Set<Erp.Domain.Sales.Geography.Subdivision>();
    public DbSet<Erp.Domain.Sales.Geography.City> Cities => Set<Erp.Domain.Sales.Geography.City>();
    public DbSet<Erp.Domain.Sales.Pricing.PriceListItem> PriceListItems => Set<Erp.Domain.Sales.Pricing.PriceListItem>();
    public DbSet<Erp.Domain.Sales.Taxes.TaxRate> TaxRates => Set<Erp.Domain.Sales.Taxes.TaxRate>();
    public DbSet<Erp.Domain.Sales.SalesSettings> SalesSettings => Set<Erp.Domain.Sales.SalesSettings>();
    public DbSet<Erp.Domain.Sales.Payments.PaymentMethod> PaymentMethods => Set<Erp.Domain.Sales.Payments.PaymentMethod>();
    public DbSet<Erp.Domain.Sales.Deliveries.Delivery> Deliveries => Set<Erp.Domain.Sales.Deliveries.Delivery>();
    public DbSet<Erp.Domain.Sales.Orders.SalesOrder> SalesOrders => Set<Erp.Domain.Sales.Orders.SalesOrder>();
    public DbSet<Erp.Domain.Sales.Orders.SalesOrderLine> SalesOrderLines => Set<Erp.Domain.Sales.Orders.SalesOrderLine>();
    public DbSet<Erp.Domain.Sales.Quotations.Quotation> Quotations => Set<Erp.Domain.Sales.Quotations.Quotation>();
    public DbSet<Erp.Domain.Sales.Quotations.QuotationLine> QuotationLines => Set<Erp.Domain.Sales.Quotations.QuotationLine>();
    public DbSet<Erp.Domain.Sales.Invoices.SalesInvoice> SalesInvoices => Set<Erp.Domain.Sales.Invoices.SalesInvoice>();
    public DbSet<Erp.Domain.Sales.Invoices.SalesInvoiceLine> SalesInvoiceLines => Set<Erp.Domain.Sales.Invoices.SalesInvoiceLine>();
    public DbSet<Erp.Domain.Sales.Invoices.CreditNote> CreditNotes => Set<Erp.Domain.Sales.Invoices.CreditNote>();
    public DbSet<Erp.Domain.Sales.Receivables.CustomerPayment> CustomerPayments => Set<Erp.Domain.Sales.Receivables.CustomerPayment>();
    public DbSet<Erp.Domain.Sales.Receivables.ReceivableAllocation> ReceivableAllocations => Set<Erp.Domain.Sales.Receivables.ReceivableAllocation>();
    public DbSet<Erp.Domain.Pos.Registers.CashRegister> CashRegisters => Set<Erp.Domain.Pos.Registers.CashRegister>();
    public DbSet<Erp.Domain.Pos.Sessions.PosSession> PosSessions => Set<Erp.Domain.Pos.Sessions.PosSession>();
    public DbSet<Erp.Domain.Pos.Sessions.PosCashMovement> PosCashMovements => Set<Erp.Domain.Pos.Sessions.PosCashMovement>();
    public DbSet<Erp.Domain.Pos.Sales.PosSale> PosSales => Set<Erp.Domain.Pos.Sales.PosSale>();
    public DbSet<Erp.Domain.Pos.Sales.PosSaleLine> PosSaleLines => Set<Erp.Domain.Pos.Sales.PosSaleLine>();
    public DbSet<Erp.Domain.Pos.Sales.PosSalePayment> PosSalePayments => Set<Erp.Domain.Pos.Sales.PosSalePayment>();
    public DbSet<Erp.Domain.Pos.Returns.PosReturn> PosReturns => Set<Erp.Domain.Pos.Returns.PosReturn>();
    public DbSet<Erp.Domain.Pos.Returns.PosReturnLine> PosReturnLines => Set<Erp.Domain.Pos.Returns.PosReturnLine>();
    public DbSet<Erp.Domain.Purchasing.Suppliers.Supplier> Suppliers => Set<Erp.Domain.Purchasing.Suppliers.Supplier>();
    public DbSet<Erp.Domain.Purchasing.Suppliers.SupplierContact> SupplierContacts => Set<Erp.Domain.Purchasing.Suppliers.SupplierContact>();
    public DbSet<Erp.Domain.Purchasing.Suppliers.SupplierProduct> SupplierProducts => Set<Erp.Domain.Purchasing.Suppliers.SupplierProduct>();
    public DbSet<Erp.Domain.Purchasing.Suppliers.SupplierPriceBreak> SupplierPriceBreaks => Set<Erp.Domain.Purchasing.Suppliers.SupplierPriceBreak>();
    public DbSet<Erp.Domain.Purchasing.PurchasingSettings> PurchasingSettings => Set<Erp.Domain.Purchasing.PurchasingSettings>();
    public DbSet<Erp.Domain.Purchasing.Requisitions.PurchaseRequisition> PurchaseRequisitions => Set<Erp.Domain.Purchasing.Requisitions.PurchaseRequisition>();
    public DbSet<Erp.Domain.Purchasing.Requisitions.PurchaseRequisitionLine> PurchaseRequisitionLines => Set<Erp.Domain.Purchasing.Requisitions.PurchaseRequisitionLine>();
    public DbSet<Erp.Domain.Purchasing.Orders.PurchaseOrder> PurchaseOrders => Set<Erp.Domain.Purchasing.Orders.PurchaseOrder>();
    public DbSet<Erp.Domain.Purchasing.Orders.PurchaseOrderLine> PurchaseOrderLines => Set<Erp.Domain.Purchasing.Orders.PurchaseOrderLine>();
    public DbSet<Erp.Domain.Purchasing.Receipts.PurchaseReceipt> PurchaseReceipts => Set<Erp.Domain.Purchasing.Receipts.PurchaseReceipt>();
    public DbSet<Erp.Domain.Purchasing.Receipts.PurchaseReceiptLine> PurchaseReceiptLines => Set<Erp.Domain.Purchasing.Receipts.PurchaseReceiptLine>();
    public DbSet<Erp.Domain.Purchasing.Receipts.PurchaseReceiptCharge> PurchaseReceiptCharges => Set<Erp.Domain.Purchasing.Receipts.PurchaseReceiptCharge>();
    public DbSet<Erp.Domain.Purchasing.Bills.SupplierBill> SupplierBills => Set<Erp.Domain.Purchasing.Bills.SupplierBill>();
    public DbSet<Erp.Domain.Purchasing.Bills.SupplierBillLine> SupplierBillLines => Set<Erp.Domain.Purchasing.Bills.SupplierBillLine>();
    public DbSet<Erp.Domain.Purchasing.Payments.SupplierPayment> SupplierPayments => Set<Erp.Domain.Purchasing.Payments.SupplierPayment>();
    public DbSet<Erp.Domain.Purchasing.Payments.PayableAllocation> PayableAllocations => Set<Erp.Domain.Purchasing.Payments.PayableAllocation>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ErpModelConventions.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ErpDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(Entity).IsAssignableFrom(clr))
            {
                // Keys are made by the entity (GUID v7), so a new child row added to a tracked parent is an insert.
                builder.Entity(clr).Property(nameof(Entity.Id)).ValueGeneratedNever();
            }

            if (typeof(ITenantOwned).IsAssignableFrom(clr))
            {
                ApplyTenantFilterMethod.MakeGenericMethod(clr).Invoke(this, [builder]);
                builder.Entity(clr).HasIndex(nameof(ITenantOwned.TenantId));
            }

            if (typeof(ISoftDeletable).IsAssignableFrom(clr))
            {
                ApplySoftDeleteFilterMethod.MakeGenericMethod(clr).Invoke(this, [builder]);
            }

            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(ErpDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo ApplySoftDeleteFilterMethod =
        typeof(ErpDbContext).GetMethod(nameof(ApplySoftDeleteFilter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private void ApplyTenantFilter<T>(ModelBuilder builder) where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => e.TenantId == CurrentTenantId;
        builder.Entity<T>().HasQueryFilter(TenantFilter, filter);
    }

    private static void ApplySoftDeleteFilter<T>(ModelBuilder builder) where T : class, ISoftDeletable
    {
        Expression<Func<T, bool>> filter = e => !e.IsDeleted;
        builder.Entity<T>().HasQueryFilter(SoftDeleteFilter, filter);
    }
}
