using System.ComponentModel.DataAnnotations;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Sales.Customers;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>The supplier form; the service checks everything again and the entity guards its own rules.</summary>
public sealed class SupplierInput
{
    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [MaxLength(50)]
    public string? TaxId { get; set; }

    [EmailAddress(ErrorMessage = "The email address is not valid (expected name@example.com)."), MaxLength(200)]
    public string? Email { get; set; }

    [MaxLength(50)]
    public string? Phone { get; set; }

    [MaxLength(200)]
    public string? Website { get; set; }

    public AddressInput Address { get; set; } = new();
    public Guid? PaymentTermId { get; set; }

    [Required, StringLength(3, MinimumLength = 3, ErrorMessage = "Currency is a three-letter ISO code such as USD.")]
    public string CurrencyCode { get; set; } = "USD";

    [Range(0, Supplier.MaxLeadTimeDays, ErrorMessage = "The lead time is between 0 and 365 days.")]
    public int LeadTimeDays { get; set; } = 7;

    public bool IsActive { get; set; } = true;

    [MaxLength(4000)]
    public string? Notes { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];

    public SupplierFields ToFields() => new(Name, TaxId, Email, Phone, Website, Address.ToAddress(), PaymentTermId, CurrencyCode,
        LeadTimeDays, IsActive, Notes);

    public IReadOnlyList<ContactFields> ContactFields() =>
        Contacts.Select(c => new ContactFields(c.Id, c.Name, c.Role, c.Email, c.Phone, c.IsPrimary)).ToList();
}

/// <summary>One supplier in the grid and the Excel export (the export's columns are the import's, plus the code).</summary>
public sealed record SupplierRow(Guid Id, string Code, string Name, string? TaxId, string? Email, string? Phone, string? Website,
    string? AddressLine1, string? AddressLine2, string? City, string? PostalCode, string? State, string? Country,
    string? PaymentTerms, string CurrencyCode, int LeadTimeDays, bool IsActive, string? Notes);

/// <summary>
/// The grid's view: search in code, name, tax id and email; active, country and currency filters; a whitelisted sort
/// key (<see cref="SupplierQueries.SortKeys"/>). The export reads the same rows.
/// </summary>
public sealed record SupplierListQuery(string? Search = null, bool? Active = null, string? Country = null, string? Currency = null,
    string? Sort = null, bool Desc = false);

public sealed record SupplierExportRows(IAsyncEnumerable<SupplierRow> Rows);

public sealed record SupplierDetails(Guid Id, string Code, bool IsActive, long Version, SupplierInput Input);

public sealed record PaymentTermOption(Guid Id, string Name);

/// <summary>What the supplier form offers: the tenant's payment terms and the currencies it uses.</summary>
public sealed record SupplierFormOptions(IReadOnlyList<PaymentTermOption> PaymentTerms, IReadOnlyList<string> Currencies);

/// <summary>The "supplies this product" form.</summary>
public sealed class SupplierProductInput
{
    public Guid ProductId { get; set; }

    [MaxLength(100)]
    public string? SupplierSku { get; set; }

    [Required, StringLength(3, MinimumLength = 3)]
    public string Currency { get; set; } = "USD";

    [Range(0, 1_000_000_000)]
    public decimal UnitPrice { get; set; }

    [Range(0, 1_000_000_000)]
    public decimal MinimumOrderQuantity { get; set; }

    [Range(0, Supplier.MaxLeadTimeDays)]
    public int? LeadTimeDays { get; set; }

    public bool IsPreferred { get; set; }

    public List<PriceBreakInput> PriceBreaks { get; set; } = [];

    public SupplierProductFields ToFields() => new(SupplierSku, Currency, UnitPrice, MinimumOrderQuantity, LeadTimeDays, IsPreferred,
        PriceBreaks.Select(b => new PriceBreakFields(b.MinQuantity, b.UnitPrice)).ToList());
}

public sealed class PriceBreakInput
{
    public decimal MinQuantity { get; set; }
    public decimal UnitPrice { get; set; }
}

/// <summary>One product on the supplier's Products tab.</summary>
public sealed record SupplierProductRow(Guid Id, Guid ProductId, string Sku, string Name, string? SupplierSku, string Currency,
    decimal UnitPrice, decimal MinimumOrderQuantity, int? LeadTimeDays, bool IsPreferred, IReadOnlyList<PriceBreakInput> PriceBreaks)
{
    public SupplierProductInput ToInput() => new()
    {
        ProductId = ProductId, SupplierSku = SupplierSku, Currency = Currency, UnitPrice = UnitPrice,
        MinimumOrderQuantity = MinimumOrderQuantity, LeadTimeDays = LeadTimeDays, IsPreferred = IsPreferred,
        PriceBreaks = PriceBreaks.Select(b => new PriceBreakInput { MinQuantity = b.MinQuantity, UnitPrice = b.UnitPrice }).ToList(),
    };
}
