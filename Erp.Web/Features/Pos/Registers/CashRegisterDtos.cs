using Erp.Domain.Pos.Registers;
using Erp.Domain.Sales.Payments;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>Search, active filter and whitelisted sort of the registers list.</summary>
public sealed record CashRegisterListQuery(string? Search = null, bool? Active = null, string? Sort = null, bool Desc = false);

/// <summary>A register in the list: where it is, whether it is active and who has it open now.</summary>
public sealed record CashRegisterRow(Guid Id, string Code, string Name, string Location, string Organization, ReceiptPaper Paper,
    bool IsActive, string? OpenSession, string? OpenBy);

/// <summary>The register form (new and edit).</summary>
public sealed class CashRegisterInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public Guid? LocationId { get; set; }
    public Guid? PriceListId { get; set; }
    public Guid? DefaultCustomerId { get; set; }
    public bool PricesIncludeTax { get; set; } = true;
    public ReceiptPaper Paper { get; set; } = ReceiptPaper.Mm80;
    public string? ReceiptHeader { get; set; }
    public string? ReceiptFooter { get; set; }
    public string? TaxId { get; set; }
    public bool ShowLogo { get; set; } = true;

    /// <summary>In the order of the till's payment buttons.</summary>
    public List<Guid> PaymentMethodIds { get; set; } = [];
}

public sealed record CashRegisterDetails(Guid Id, Guid OrganizationId, string Location, bool IsActive, CashRegisterInput Input,
    IReadOnlyList<RegisterMethod> PaymentMethods);

public sealed record RegisterMethod(Guid Id, string Name, PaymentMethodKind Kind);

/// <summary>What a register form can choose from.</summary>
public sealed record RegisterChoices(IReadOnlyList<Choice> Locations, IReadOnlyList<RegisterMethod> PaymentMethods,
    IReadOnlyList<Choice> PriceLists, IReadOnlyList<Choice> Customers);

public sealed record Choice(Guid Id, string Name);

/// <summary>An active register the user may open, with the session already open on it (if any).</summary>
public sealed record RegisterToOpen(Guid Id, string Code, string Name, Guid LocationId, string Location, string Currency,
    string? OpenSession, string? OpenBy);
