using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

/// <summary>
/// Someone the tenant sells to. The code comes from the tenant's "Customer" number sequence and never changes. The
/// service checks what needs the database (unique tax id, known country/state, group, terms and price list of this
/// tenant); the customer guards the rest. Addresses are value objects stored as columns of the customer, so every
/// change of an address is in the customer's own audit history.
/// </summary>
public sealed class Customer : TenantEntity
{
    public const int MaxTags = 10;
    public const int MaxTagLength = 30;

    private readonly List<CustomerContact> _contacts = [];

    private Customer() { }

    public Customer(string code, CustomerFields fields)
    {
        Code = Text.Required(code, 30, "Code").ToUpperInvariant();
        Update(fields);
    }

    public string Code { get; private set; } = "";
    public CustomerKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string? TaxId { get; private set; }
    public bool TaxExempt { get; private set; }
    public string? TaxExemptionReference { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    public string? BillingLine1 { get; private set; }
    public string? BillingLine2 { get; private set; }
    public string? BillingCity { get; private set; }
    public string? BillingPostalCode { get; private set; }
    public string? BillingState { get; private set; }
    public string? BillingCountry { get; private set; }
    public bool ShippingSameAsBilling { get; private set; } = true;
    public string? ShippingLine1 { get; private set; }
    public string? ShippingLine2 { get; private set; }
    public string? ShippingCity { get; private set; }
    public string? ShippingPostalCode { get; private set; }
    public string? ShippingState { get; private set; }
    public string? ShippingCountry { get; private set; }

    public Guid? PaymentTermId { get; private set; }

    /// <summary>The most the customer may owe; null means no limit.</summary>
    public decimal? CreditLimit { get; private set; }

    /// <summary>What the customer owed when the tenant started using Erp (negative: the tenant owed them), as of <see cref="OpeningBalanceDate"/>.</summary>
    public decimal OpeningBalance { get; private set; }
    public DateOnly? OpeningBalanceDate { get; private set; }
    public string CurrencyCode { get; private set; } = "USD";
    public Guid? GroupId { get; private set; }

    /// <summary>Overrides the group's price list when set.</summary>
    public Guid? PriceListId { get; private set; }

    /// <summary>Lower-case tags between bars (<c>|vip|export|</c>), so one LIKE finds a tag in any database.</summary>
    public string Tags { get; private set; } = "";
    public CustomerStatus Status { get; private set; }
    public string? BlockReason { get; private set; }
    public string? Notes { get; private set; }

    public IReadOnlyList<CustomerContact> Contacts => _contacts;

    public Address Billing => new(BillingLine1, BillingLine2, BillingCity, BillingPostalCode, BillingState, BillingCountry);

    public Address Shipping => ShippingSameAsBilling
        ? Billing
        : new(ShippingLine1, ShippingLine2, ShippingCity, ShippingPostalCode, ShippingState, ShippingCountry);

    public IReadOnlyList<string> TagList => SplitTags(Tags);

    public void Update(CustomerFields fields)
    {
        if (fields.CreditLimit < 0)
        {
            throw new DomainException(CustomerErrors.NegativeCreditLimit);
        }

        if (fields.TaxExempt && string.IsNullOrWhiteSpace(fields.TaxExemptionReference))
        {
            throw new DomainException(CustomerErrors.ExemptionReferenceRequired);
        }

        if (fields.OpeningBalance != 0 && fields.OpeningBalanceDate is null)
        {
            throw new DomainException(CustomerErrors.OpeningBalanceDateRequired);
        }

        Kind = Enum.IsDefined(fields.Kind) ? fields.Kind : throw new DomainException(Error.Validation("Unknown customer kind."));
        Name = Text.Required(fields.Name, 200, "Name");
        TaxId = NormalizeTaxId(fields.TaxId);
        TaxExempt = fields.TaxExempt;
        TaxExemptionReference = fields.TaxExempt ? Text.Optional(fields.TaxExemptionReference, 100, "Exemption reference") : null;
        Email = EmailAddress.Optional(fields.Email);
        Phone = Text.Optional(fields.Phone, 50, "Phone");
        SetAddresses(fields.Billing ?? Address.Empty, fields.ShippingSameAsBilling, fields.Shipping ?? Address.Empty);
        PaymentTermId = fields.PaymentTermId;
        CreditLimit = fields.CreditLimit;
        OpeningBalance = fields.OpeningBalance;
        OpeningBalanceDate = fields.OpeningBalance == 0 && fields.OpeningBalanceDate is null ? null : fields.OpeningBalanceDate;
        CurrencyCode = Currency.Normalize(fields.CurrencyCode);
        GroupId = fields.GroupId;
        PriceListId = fields.PriceListId;
        Tags = JoinTags(fields.Tags ?? []);
        Notes = Text.Optional(fields.Notes, 4000, "Notes");
    }

    /// <summary>A blocked customer keeps its documents but gets no new orders; the reason is shown wherever that refusal is.</summary>
    public void Block(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(CustomerErrors.BlockReasonRequired);
        }

        Status = CustomerStatus.Blocked;
        BlockReason = Text.Required(reason, 500, "Block reason");
    }

    public void Unblock()
    {
        Status = CustomerStatus.Active;
        BlockReason = null;
    }

    /// <summary>What a new quotation or sales order asks first: a blocked customer is refused with its reason.</summary>
    public Result EnsureCanOrder() =>
        Status == CustomerStatus.Blocked ? CustomerErrors.Blocked(Code, BlockReason) : Result.Success();

    /// <summary>
    /// Replaces the contacts: rows with a known id are updated, new ones added, missing ones removed. At most one is
    /// primary; when there are contacts and none is marked, the first becomes primary.
    /// </summary>
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
                _contacts.Add(new CustomerContact(Id, fields));
            }
            else
            {
                existing.Update(fields);
            }
        }
    }

    /// <summary>Tax ids compare without spaces, dots and dashes, in upper case ("gb 123.456-78" = "GB12345678").</summary>
    public static string? NormalizeTaxId(string? taxId)
    {
        var compact = new string((taxId ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-' and not '/').ToArray());
        return compact.Length == 0 ? null : Text.Required(compact, 50, "Tax id").ToUpperInvariant();
    }

    public static string NormalizeTag(string tag) => tag.Trim().ToLowerInvariant();

    private static string JoinTags(IEnumerable<string> tags)
    {
        var list = tags.Select(NormalizeTag).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxTags || list.Any(t => t.Length > MaxTagLength || t.Contains('|', StringComparison.Ordinal)))
        {
            throw new DomainException(Error.Validation($"A customer has at most {MaxTags} tags of at most {MaxTagLength} characters, without '|'."));
        }

        return list.Count == 0 ? "" : "|" + string.Join('|', list) + "|";
    }

    private static string[] SplitTags(string tags) =>
        tags.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private void SetAddresses(Address billing, bool shippingSameAsBilling, Address shipping)
    {
        var b = Address.Create(billing.Line1, billing.Line2, billing.City, billing.PostalCode, billing.StateCode, billing.CountryCode);
        (BillingLine1, BillingLine2, BillingCity, BillingPostalCode, BillingState, BillingCountry) =
            (b.Line1, b.Line2, b.City, b.PostalCode, b.StateCode, b.CountryCode);
        ShippingSameAsBilling = shippingSameAsBilling;
        var s = shippingSameAsBilling
            ? Address.Empty
            : Address.Create(shipping.Line1, shipping.Line2, shipping.City, shipping.PostalCode, shipping.StateCode, shipping.CountryCode);
        (ShippingLine1, ShippingLine2, ShippingCity, ShippingPostalCode, ShippingState, ShippingCountry) =
            (s.Line1, s.Line2, s.City, s.PostalCode, s.StateCode, s.CountryCode);
    }
}

/// <summary>Everything about a customer that a user edits (the code is given once, the status has its own methods).</summary>
public sealed record CustomerFields(
    CustomerKind Kind, string Name, string CurrencyCode, string? TaxId = null, bool TaxExempt = false,
    string? TaxExemptionReference = null, string? Email = null, string? Phone = null, Address? Billing = null,
    bool ShippingSameAsBilling = true, Address? Shipping = null, Guid? PaymentTermId = null, decimal? CreditLimit = null,
    decimal OpeningBalance = 0m, DateOnly? OpeningBalanceDate = null, Guid? GroupId = null, Guid? PriceListId = null,
    IReadOnlyList<string>? Tags = null, string? Notes = null);
