using System.ComponentModel.DataAnnotations;
using Erp.Domain.Sales.Customers;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>The customer form; the service checks everything again and the entity guards its own rules.</summary>
public sealed class CustomerInput
{
    public CustomerKind Kind { get; set; } = CustomerKind.Company;

    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [MaxLength(50)]
    public string? TaxId { get; set; }

    public bool TaxExempt { get; set; }

    [MaxLength(100)]
    public string? TaxExemptionReference { get; set; }

    [EmailAddress(ErrorMessage = "The email address is not valid (expected name@example.com)."), MaxLength(200)]
    public string? Email { get; set; }

    [MaxLength(50)]
    public string? Phone { get; set; }

    public AddressInput Billing { get; set; } = new();
    public bool ShippingSameAsBilling { get; set; } = true;
    public AddressInput Shipping { get; set; } = new();
    public Guid? PaymentTermId { get; set; }

    [Range(0, 1_000_000_000_000, ErrorMessage = "The credit limit cannot be negative; leave it empty for no limit.")]
    public decimal? CreditLimit { get; set; }

    public decimal OpeningBalance { get; set; }
    public DateTime? OpeningBalanceDate { get; set; }

    [Required, StringLength(3, MinimumLength = 3, ErrorMessage = "Currency is a three-letter ISO code such as USD.")]
    public string CurrencyCode { get; set; } = "USD";

    public Guid? GroupId { get; set; }
    public Guid? PriceListId { get; set; }
    public List<string> Tags { get; set; } = [];

    /// <summary>The tags as the form shows them: comma-separated.</summary>
    public string TagsText
    {
        get => string.Join(", ", Tags);
        set => Tags = (value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    [MaxLength(4000)]
    public string? Notes { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];

    public CustomerFields ToFields() => new(Kind, Name, CurrencyCode, TaxId, TaxExempt, TaxExemptionReference, Email, Phone,
        Billing.ToAddress(), ShippingSameAsBilling, ShippingSameAsBilling ? null : Shipping.ToAddress(), PaymentTermId, CreditLimit,
        OpeningBalance, OpeningBalanceDate is { } d ? DateOnly.FromDateTime(d) : null, GroupId, PriceListId, Tags, Notes);

    public IReadOnlyList<ContactFields> ContactFields() =>
        Contacts.Select(c => new ContactFields(c.Id, c.Name, c.Role, c.Email, c.Phone, c.IsPrimary)).ToList();
}

public sealed class AddressInput
{
    [MaxLength(200)]
    public string? Line1 { get; set; }

    [MaxLength(200)]
    public string? Line2 { get; set; }

    [MaxLength(100)]
    public string? City { get; set; }

    [MaxLength(20)]
    public string? PostalCode { get; set; }

    [MaxLength(100)]
    public string? State { get; set; }

    public string? Country { get; set; }

    public Address ToAddress() => new(Line1, Line2, City, PostalCode, State, Country);

    public static AddressInput From(Address a) => new()
    {
        Line1 = a.Line1, Line2 = a.Line2, City = a.City, PostalCode = a.PostalCode, State = a.StateCode, Country = a.CountryCode,
    };
}

public sealed class ContactInput
{
    public Guid? Id { get; set; }

    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [MaxLength(100)]
    public string? Role { get; set; }

    [EmailAddress(ErrorMessage = "The contact's email address is not valid."), MaxLength(200)]
    public string? Email { get; set; }

    [MaxLength(50)]
    public string? Phone { get; set; }

    public bool IsPrimary { get; set; }
}

/// <summary>One customer in the grid and the Excel export.</summary>
public sealed record CustomerRow(Guid Id, string Code, string Name, CustomerKind Kind, string? TaxId, string? Email, string? Phone,
    string? City, string? Country, string? Group, string? PaymentTerms, decimal? CreditLimit, string CurrencyCode, string Tags,
    CustomerStatus Status)
{
    public IReadOnlyList<string> TagList => Tags.Split('|', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The grid's view: search in code, name, tax id, email and phone; group, status, tag and country filters; a
/// whitelisted sort key (<see cref="CustomerQueries.SortKeys"/>). The export reads the same rows.
/// </summary>
public sealed record CustomerListQuery(string? Search = null, Guid? GroupId = null, CustomerStatus? Status = null,
    string? Tag = null, string? Country = null, string? Sort = null, bool Desc = false);

public sealed record CustomerExportRows(IAsyncEnumerable<CustomerRow> Rows);

public sealed record ContactRow(Guid Id, string Name, string? Role, string? Email, string? Phone, bool IsPrimary);

public sealed record CustomerDetails(Guid Id, string Code, CustomerStatus Status, string? BlockReason, long Version,
    CustomerInput Input);

public sealed record Option(Guid Id, string Name);

/// <summary>What the customer form offers in its pickers.</summary>
public sealed record CustomerFormOptions(IReadOnlyList<Option> Groups, IReadOnlyList<Option> PaymentTerms,
    IReadOnlyList<Option> PriceLists, IReadOnlyList<string> Tags);
