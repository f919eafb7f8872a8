using Erp.Data;
using Erp.Domain.Sales.Customers;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>Groups Retail and Wholesale and a set of customers for a demo tenant (already in its tenant scope).</summary>
public sealed class CustomersDemoData(IDbContextFactory<ErpDbContext> dbFactory, TimeProvider clock)
{
    private static readonly (string Name, CustomerKind Kind, string City, string? State, string Country, string Currency, string? TaxId, string Tags)[] Wholesale =
    [
        ("Northwind Traders", CustomerKind.Company, "Seattle", "WA", "US", "USD", "US91-1234567", "key-account"),
        ("Contoso Pharmaceuticals", CustomerKind.Company, "Boston", "MA", "US", "USD", "US04-7654321", "pharma"),
        ("Fabrikam Foods", CustomerKind.Company, "Chicago", "IL", "US", "USD", "US36-1112223", ""),
        ("Alpine Ski House", CustomerKind.Company, "Denver", "CO", "US", "USD", null, "seasonal"),
        ("Blue Yonder Airlines", CustomerKind.Company, "Dallas", "TX", "US", "USD", "US75-9998887", "key-account"),
        ("Coho Winery", CustomerKind.Company, "Napa", "CA", "US", "USD", null, ""),
        ("Adventure Works Cycles", CustomerKind.Company, "Toronto", "ON", "CA", "CAD", "CA123456789", "export"),
        ("Maple Leaf Grocers", CustomerKind.Company, "Vancouver", "BC", "CA", "CAD", "CA987654321", "export"),
        ("Thames Valley Wholesale", CustomerKind.Company, "Reading", "ENG", "GB", "GBP", "GB123456789", "export"),
        ("Highland Provisions", CustomerKind.Company, "Inverness", "SCT", "GB", "GBP", "GB987654321", "export"),
        ("Berliner Handelshaus GmbH", CustomerKind.Company, "Berlin", "BE", "DE", "EUR", "DE123456789", ""),
        ("Münchner Feinkost AG", CustomerKind.Company, "München", "BY", "DE", "EUR", "DE987654321", "key-account"),
        ("Hamburger Hafenkontor", CustomerKind.Company, "Hamburg", "HH", "DE", "EUR", "DE555666777", ""),
        ("Épicerie Lumière SARL", CustomerKind.Company, "Lyon", "ARA", "FR", "EUR", "FR12345678901", ""),
        ("Provence Distribution", CustomerKind.Company, "Marseille", "PAC", "FR", "EUR", "FR98765432109", "seasonal"),
        ("Outback Supplies Pty", CustomerKind.Company, "Sydney", "NSW", "AU", "AUD", "AU51824753556", "export"),
        ("Mumbai Traders Pvt Ltd", CustomerKind.Company, "Mumbai", "MH", "IN", "INR", "IN27AAPFU0939F1ZV", "export"),
        ("Lagos Markets Ltd", CustomerKind.Company, "Ikeja", "LA", "NG", "NGN", "NG12345678-0001", "export"),
        ("Nairobi Fresh Co", CustomerKind.Company, "Nairobi", "30", "KE", "KES", "KEP051234567A", "export"),
        ("Cape Provisions (Pty) Ltd", CustomerKind.Company, "Cape Town", "WC", "ZA", "ZAR", "ZA4123456789", "export"),
        ("Amsterdam Delicatessen BV", CustomerKind.Company, "Amsterdam", null, "NL", "EUR", "NL123456789B01", ""),
        ("Wide World Importers", CustomerKind.Company, "Portland", "OR", "US", "USD", "US93-2223334", "key-account"),
        ("Tailspin Toys", CustomerKind.Company, "Austin", "TX", "US", "USD", null, "seasonal"),
        ("Lucerne Publishing", CustomerKind.Company, "New York", "NY", "US", "USD", "US13-4445556", ""),
        ("Grace Hopper", CustomerKind.Person, "Arlington", "VA", "US", "USD", null, "vip"),
    ];

    private static readonly (string Name, CustomerKind Kind, string City, string? State, string Country, string Currency, string? TaxId, string Tags)[] Retail =
    [
        ("Walk-in customer", CustomerKind.Person, "Springfield", "IL", "US", "USD", null, ""),
        ("Jane Doe", CustomerKind.Person, "Portland", "OR", "US", "USD", null, "vip"),
        ("John Smith", CustomerKind.Person, "Austin", "TX", "US", "USD", null, ""),
        ("Corner Café LLC", CustomerKind.Company, "Seattle", "WA", "US", "USD", "US91-7778889", "horeca"),
        ("St. Mary's School", CustomerKind.Company, "Boston", "MA", "US", "USD", "US04-3332221", "tax-exempt"),
    ];

    public async Task SeedAsync(bool wholesale, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Customers.AnyAsync(ct))
        {
            return;
        }

        await PaymentTermService.EnsureStandardAsync(db, ct);
        var terms = await db.PaymentTerms.ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        var retailGroup = new CustomerGroup("Retail", null, terms["Due on receipt"]);
        var wholesaleGroup = new CustomerGroup("Wholesale", null, terms["Net 30"]);
        db.CustomerGroups.AddRange(retailGroup, wholesaleGroup);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var list = wholesale ? Wholesale : Retail;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            var isWholesale = wholesale && c.Kind == CustomerKind.Company;
            var slug = new string(c.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(16).ToArray());
            var exempt = c.Tags == "tax-exempt";
            var fields = new CustomerFields(c.Kind, c.Name, c.Currency, c.TaxId, exempt, exempt ? "EX-2026-0042" : null,
                $"accounts@{slug}.example", $"+1 555 01{i:00}",
                new Address($"{100 + i * 7} Market Street", null, c.City, $"{10000 + i * 37}", c.State, c.Country),
                PaymentTermId: isWholesale ? terms[i % 3 == 0 ? "2/10 Net 30" : "Net 30"] : terms["Due on receipt"],
                CreditLimit: isWholesale ? 5_000m * (1 + i % 4) : null,
                OpeningBalance: isWholesale && i % 5 == 0 ? 1_250.50m : 0m,
                OpeningBalanceDate: isWholesale && i % 5 == 0 ? new DateOnly(today.Year, 1, 1) : null,
                GroupId: isWholesale ? wholesaleGroup.Id : retailGroup.Id,
                Tags: c.Tags.Length == 0 ? [] : [c.Tags]);
            var customer = new Customer(await CustomerChecks.NextCodeAsync(db, today, ct), fields);
            if (c.Kind == CustomerKind.Company)
            {
                customer.SetContacts([
                    new ContactFields(null, "Alex Buyer", "Purchasing", $"alex@{slug}.example", "+1 555 0199", true),
                    new ContactFields(null, "Sam Payables", "Accounts payable", $"ap@{slug}.example", null, false),
                ]);
            }

            if (i == 4 && wholesale)
            {
                customer.Block("Invoices more than 90 days overdue");
            }

            db.Customers.Add(customer);
        }

        await CustomerChecks.RememberCitiesAsync(db, db.Customers.Local.Select(c => c.Billing).ToList(), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
