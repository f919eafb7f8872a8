using Erp.Domain.Common;

namespace Erp.Domain.Pos.Registers;

/// <summary>Receipt paper: the value is the printable width in millimetres (A4 is 210).</summary>
public enum ReceiptPaper
{
    Mm58 = 58,
    Mm80 = 80,
    A4 = 210,
}

/// <summary>What a register is set up with; every field is checked by <see cref="CashRegister.Update"/>.</summary>
public sealed record CashRegisterSetup(
    string Code,
    string Name,
    Guid LocationId,
    Guid? PriceListId,
    Guid? DefaultCustomerId,
    bool PricesIncludeTax,
    ReceiptPaper Paper,
    string? ReceiptHeader,
    string? ReceiptFooter,
    string? TaxId,
    bool ShowLogo,
    IReadOnlyList<Guid> PaymentMethodIds);

/// <summary>
/// A till in a shop: its location (stock leaves from there), the payment methods it takes, its receipt layout, its
/// default (walk-in) customer, price list and tax behaviour. Sales happen in its sessions, one open at a time.
/// </summary>
public sealed class CashRegister : TenantEntity, IOrganizationOwned
{
    private readonly List<CashRegisterPaymentMethod> _paymentMethods = [];

    private CashRegister() { }

    public CashRegister(Guid organizationId, CashRegisterSetup setup)
    {
        OrganizationId = organizationId;
        Update(setup);
    }

    public Guid OrganizationId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid LocationId { get; private set; }
    public Guid? PriceListId { get; private set; }
    public Guid? DefaultCustomerId { get; private set; }
    public bool PricesIncludeTax { get; private set; } = true;
    public ReceiptPaper Paper { get; private set; } = ReceiptPaper.Mm80;
    public string? ReceiptHeader { get; private set; }
    public string? ReceiptFooter { get; private set; }
    public string? TaxId { get; private set; }
    public bool ShowLogo { get; private set; }
    public bool IsActive { get; private set; } = true;

    /// <summary>The methods the till offers, in the order of its payment buttons.</summary>
    public IReadOnlyList<CashRegisterPaymentMethod> PaymentMethods => _paymentMethods;

    public void Update(CashRegisterSetup setup)
    {
        if (!Enum.IsDefined(setup.Paper))
        {
            throw new DomainException(Error.Validation("Choose the receipt paper: 58 mm, 80 mm or A4."));
        }

        if (setup.PaymentMethodIds.Count == 0)
        {
            throw new DomainException(PosErrors.NoPaymentMethods);
        }

        Code = Text.Required(setup.Code, 20, "Code").ToUpperInvariant();
        Name = Text.Required(setup.Name, 100, "Name");
        LocationId = setup.LocationId;
        PriceListId = setup.PriceListId;
        DefaultCustomerId = setup.DefaultCustomerId;
        PricesIncludeTax = setup.PricesIncludeTax;
        Paper = setup.Paper;
        ReceiptHeader = Text.Optional(setup.ReceiptHeader, 500, "Receipt header");
        ReceiptFooter = Text.Optional(setup.ReceiptFooter, 500, "Receipt footer");
        TaxId = Text.Optional(setup.TaxId, 50, "Tax id");
        ShowLogo = setup.ShowLogo;

        var wanted = setup.PaymentMethodIds.Distinct().ToList();
        _paymentMethods.RemoveAll(m => !wanted.Contains(m.PaymentMethodId));
        for (var i = 0; i < wanted.Count; i++)
        {
            var existing = _paymentMethods.FirstOrDefault(m => m.PaymentMethodId == wanted[i]);
            if (existing is null)
            {
                _paymentMethods.Add(new CashRegisterPaymentMethod(Id, wanted[i], i + 1));
            }
            else
            {
                existing.Position = i + 1;
            }
        }
    }

    public void SetActive(bool active) => IsActive = active;
}

/// <summary>A payment method offered at one register.</summary>
public sealed class CashRegisterPaymentMethod : Entity, ITenantOwned, IAudited
{
    private CashRegisterPaymentMethod() { }

    internal CashRegisterPaymentMethod(Guid registerId, Guid paymentMethodId, int position)
    {
        RegisterId = registerId;
        PaymentMethodId = paymentMethodId;
        Position = position;
    }

    public Guid TenantId { get; private set; }
    public Guid RegisterId { get; private set; }
    public Guid PaymentMethodId { get; private set; }
    public int Position { get; internal set; }
}
