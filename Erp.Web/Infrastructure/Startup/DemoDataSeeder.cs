using Erp.Data;
using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Infrastructure.Startup;

/// <summary>
/// The demo tenant: two organizations with shops and warehouses, and one user per built-in role, all with the
/// documented password. Development data only: refused in Production.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<ErpDbContext> dbFactory, ITenantContext tenant, UserManager<ApplicationUser> users,
    CreateTenantCommand createTenant, IHostEnvironment environment, TimeProvider clock, IServiceProvider services)
{
    public const string Password = "demo-password-2026";
    public const string TenantCode = "demo";
    public const string SecondTenantCode = "demo-wholesale";

    public static string EmailOf(string role) => $"{role.ToLowerInvariant()}@demo.erp";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data is for development and evaluation only; it is refused in Production.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Tenants.AnyAsync(t => t.Code == TenantCode, ct))
        {
            return;
        }

        var tenantId = (await createTenant.CreateAsync(new CreateTenantRequest(
            "Demo Retail Ltd", TenantCode, "Demo Retail — Head Office", "USD",
            EmailOf(BuiltInRoles.Admin), "Ada Admin", Password), ct)).Value;
        await SeedStructureAndUsersAsync(db, tenantId, ct);

        // A second tenant the demo admin also belongs to, to show tenant switching and isolation.
        var wholesaleId = (await createTenant.CreateAsync(new CreateTenantRequest(
            "Demo Wholesale Inc", SecondTenantCode, "Wholesale — Main", "EUR", EmailOf(BuiltInRoles.Admin), "Ada Admin", Password), ct)).Value;
        await SeedCustomersAsync(wholesaleId, wholesale: true, ct);

        var operatorUser = new ApplicationUser
        {
            UserName = "operator@demo.erp", Email = "operator@demo.erp", EmailConfirmed = true,
            DisplayName = "Pat Operator", IsPlatformOperator = true, CreatedAt = clock.GetUtcNow(),
        };
        await users.CreateAsync(operatorUser, Password);
    }

    private async Task SeedStructureAndUsersAsync(ErpDbContext db, Guid tenantId, CancellationToken ct)
    {
        using var _ = tenant.BeginScope(tenantId);
        var headOffice = await db.Organizations.SingleAsync(ct);
        // What the organization's documents (invoices, purchase orders) print in their header.
        headOffice.Update(headOffice.Name, headOffice.Code, headOffice.BaseCurrency, "Demo Retail Ltd", "US-12-3456789",
            "1 Market Street, Springfield, IL 62701, US", "office@demo-retail.example", "+1 555 0100");
        var retail = new Organization("Demo Retail — Shops", "SHOPS", "USD", headOffice.Id);
        db.Organizations.Add(retail);
        var warehouse = new Location(headOffice.Id, "Central Warehouse", "WH1", LocationKind.Warehouse);
        db.Locations.Add(warehouse);
        var zone = new Location(headOffice.Id, "Zone A", "WH1-A", LocationKind.Zone, warehouse.Id);
        db.Locations.Add(zone);
        db.Locations.Add(new Location(headOffice.Id, "Bin A-01-01", "WH1-A-01-01", LocationKind.Bin, zone.Id));
        db.Locations.Add(new Location(retail.Id, "Downtown Shop", "SHOP1", LocationKind.Shop));
        db.Locations.Add(new Location(retail.Id, "Airport Shop", "SHOP2", LocationKind.Shop));

        var roles = await db.Roles.ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        foreach (var role in BuiltInRoles.All.Where(r => r != BuiltInRoles.Admin))
        {
            var user = new ApplicationUser
            {
                UserName = EmailOf(role), Email = EmailOf(role), EmailConfirmed = true,
                DisplayName = $"Demo {role}", CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            var isShopRole = role is BuiltInRoles.Cashier or BuiltInRoles.ShopManager;
            var membership = new TenantMembership(user.Id, isShopRole ? retail.Id : headOffice.Id);
            membership.SetRoles([roles[role]]);
            db.Memberships.Add(membership);
        }

        await db.SaveChangesAsync(ct);
        await new Erp.Web.Features.Catalog.CatalogDemoData(dbFactory).SeedAsync(ct);
        await new Erp.Web.Features.Sales.Pricing.PricingDemoData(dbFactory).SeedAsync("USD", ct);
        await SeedCustomersAsync(tenantId, wholesale: false, ct);
    }

    /// <summary>Customers take numbered codes, and the numbering stamps its user: seed as the demo admin.</summary>
    private async Task SeedCustomersAsync(Guid tenantId, bool wholesale, CancellationToken ct)
    {
        var admin = await users.FindByEmailAsync(EmailOf(BuiltInRoles.Admin));
        using var _ = tenant.BeginScope(tenantId, admin?.Id);
        await new Erp.Web.Features.Sales.Customers.CustomersDemoData(dbFactory, clock).SeedAsync(wholesale, ct);
        if (!wholesale)
        {
            await services.GetRequiredService<Erp.Web.Features.Sales.Orders.SalesOrdersDemoData>().SeedAsync(ct);
            await new Erp.Web.Features.Sales.Invoices.InvoicesDemoData(dbFactory, clock).SeedAsync(ct);
            await services.GetRequiredService<Erp.Web.Features.Pos.Registers.RegistersDemoData>().SeedAsync(ct);
            await services.GetRequiredService<Erp.Web.Features.Purchasing.Suppliers.SuppliersDemoData>().SeedAsync(ct);
            await services.GetRequiredService<Erp.Web.Features.Purchasing.Orders.PurchaseOrdersDemoData>().SeedAsync(ct);
        }
    }
}
