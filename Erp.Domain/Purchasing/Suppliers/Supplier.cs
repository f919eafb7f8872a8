using Erp.Domain.Common;
using Erp.Domain.Sales.Customers;

namespace Erp.Domain.Purchasing.Suppliers;

/// <summary>
/// Someone the tenant buys from. The code comes from the tenant's "Supplier" number sequence and never changes. The
/// service checks what needs the database (unique tax id, payment term of this tenant, a currency the tenant uses);
/// the supplier guards the rest. The address is stored as columns, so its changes are in the supplier's audit history.
/// </summary>
public sealed class Supplier : TenantEntity
{
    public const int MaxLeadTimeDays = 365;

    private readonly List<SupplierContact> _contacts = [];

    private Supplier() { }

    public Supplier(string code, SupplierFields fields)
    {
        Code = Text.Required(code, 30, "Code").ToUpperInvariant();
        Update(fields);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? TaxId { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Website { get; private set; }
    public string? AddressLine1 { get; private set; }
    public string? AddressLine2 { get; private set; }
    public string? City { get; private set; }
    public string? PostalCode { get; private set; }
    public string? State { get; private set; }
    public string? Country { get; private set; }
    public Guid? PaymentTermId { get; private set; }
    public string CurrencyCode { get; private set; } = "USD";

    /// <summary>Days from sending an order to the goods arriving, unless a supplied product says otherwise.</summary>
    public int LeadTimeDays { get; private set; }

    public bool IsActive { get; private set; } = true;
    public string? Notes { get; private set; }
    public IReadOnlyList<SupplierContact> Contacts => _contacts;

    public Address Address => new(AddressLine1, AddressLine2, City, PostalCode, State, Country);

    public void Update(SupplierFields fields)
    {
        if (fields.LeadTimeDays is < 0 or > MaxLeadTimeDays)
        {
            throw new DomainException(Error.Validation($"The lead time is between 0 and {MaxLeadTimeDays} days."));
        }

        Name = Text.Required(fields.Name, 200, "Name");
        TaxId = Customer.NormalizeTaxId(fields.TaxId);
        Email = EmailAddress.Optional(fields.Email);
        Phone = Text.Optional(fields.Phone, 50, "Phone");
        Website = Text.Optional(fields.Website, 200, "Website");
        var a = fields.Address ?? Address.Empty;
        var address = Address.Create(a.Line1, a.Line2, a.City, a.PostalCode, a.StateCode, a.CountryCode);
        (AddressLine1, AddressLine2, City, PostalCode, State, Country) =
            (address.Line1, address.Line2, address.City, address.PostalCode, address.StateCode, address.CountryCode);
        PaymentTermId = fields.PaymentTermId;
        CurrencyCode = Currency.Normalize(fields.CurrencyCode);
        LeadTimeDays = fields.LeadTimeDays;
        IsActive = fields.IsActive;
        Notes = Text.Optional(fields.Notes, 4000, "Notes");
    }

    /// <summary>Replaces the contacts like a customer's: known ids updated, new ones added, missing ones removed; one primary.</summary>
    public void SetContacts(IReadOnlyList<ContactFields> contacts)
    {
        if (contacts.Count(c => c.IsPrimary) > 1)
        {
            throw new DomainException(CustomerErrors.OnePrimaryContact);
        }

        var list = contacts.Count > 0 && !contacts.Any(c => c.IsPrimary)
            ? contacts.Select((c, i) => i == 0 ? c with { IsPrimary = true } : c).ToList()
            : contacts.ToList();
        var keep = list.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        _contacts.RemoveAll(c => !keep.Contains(c.Id));
        foreach (var fields in list)
        {
            var existing = fields.Id is { } id ? _contacts.FirstOrDefault(c => c.Id == id) : null;
            if (existing is null)
            {
                _contacts.Add(new SupplierContact(Id, fields));
            }
            else
            {
                existing.Update(fields);
            }
        }
    }

    /// <summary>What a new order or bill asks first.</summary>
    public Result EnsureActive() =>
        IsActive ? Result.Success() : Error.Validation($"Supplier {Code} {Name} is inactive: reactivate it to order from it or bill it.");
}

/// <summary>A supplier as entered (the code is not: it is assigned once).</summary>
public sealed record SupplierFields(string Name, string? TaxId, string? Email, string? Phone, string? Website, Address? Address,
    Guid? PaymentTermId, string CurrencyCode, int LeadTimeDays, bool IsActive = true, string? Notes = null);

/// <summary>A person to talk to at the supplier (sales, accounts…); replaced with the supplier's edit, audited.</summary>
public sealed class SupplierContact : Entity, ITenantOwned, IAudited
{
    private SupplierContact() { }

    internal SupplierContact(Guid supplierId, ContactFields fields)
    {
        SupplierId = supplierId;
        Update(fields);
    }

    public Guid TenantId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Role { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool IsPrimary { get; private set; }

    internal void Update(ContactFields fields)
    {
        Name = Text.Required(fields.Name, 200, "Contact name");
        Role = Text.Optional(fields.Role, 100, "Contact role");
        Email = EmailAddress.Optional(fields.Email);
        Phone = Text.Optional(fields.Phone, 50, "Contact phone");
        IsPrimary = fields.IsPrimary;
    }
}
