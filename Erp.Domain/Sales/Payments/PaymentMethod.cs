using Erp.Domain.Common;

namespace Erp.Domain.Sales.Payments;

/// <summary>How money is paid: what matters to the books and the till is its kind (cash is counted in the drawer).</summary>
public enum PaymentMethodKind
{
    Cash = 1,
    Card = 2,
    BankTransfer = 3,
    MobileMoney = 4,
    StoreCredit = 5,
    Voucher = 6,
    Other = 7,
}

/// <summary>A way a tenant takes payments (cash, card, bank transfer, mobile money, store credit…), tenant-editable.</summary>
public sealed class PaymentMethod : TenantEntity
{
    public static readonly IReadOnlyList<(string Name, PaymentMethodKind Kind)> Standard =
    [
        ("Cash", PaymentMethodKind.Cash),
        ("Card", PaymentMethodKind.Card),
        ("Bank transfer", PaymentMethodKind.BankTransfer),
        ("Mobile money", PaymentMethodKind.MobileMoney),
        ("Store credit", PaymentMethodKind.StoreCredit),
    ];

    private PaymentMethod() { }

    public PaymentMethod(string name, PaymentMethodKind kind) => Update(name, kind);

    public string Name { get; private set; } = "";
    public PaymentMethodKind Kind { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Update(string name, PaymentMethodKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException(Error.Validation("Choose the kind of payment method."));
        }

        Name = Text.Required(name, 60, "Name");
        Kind = kind;
    }

    public void SetActive(bool active) => IsActive = active;
}
