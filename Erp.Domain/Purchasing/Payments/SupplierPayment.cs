using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Purchasing.Payments;

/// <summary>Payments are recorded posted; there is no draft.</summary>
public enum SupplierPaymentStatus
{
    Posted = 1,
}

/// <summary>
/// Money paid to a supplier, allocated to one or more of its open bills (<see cref="PayableAllocation"/>). A payment is
/// never larger than what the supplier is owed: the service refuses it, so there is no unallocated remainder.
/// </summary>
public sealed class SupplierPayment : Document<SupplierPaymentStatus>, IOrganizationOwned
{
    private static readonly StateMachine<SupplierPaymentStatus> Machine = new("supplier payment");

    private SupplierPayment() { }

    public SupplierPayment(Guid organizationId, Guid supplierId, string supplierName, DateOnly paymentDate, Guid paymentMethodId,
        string methodName, decimal amount, string currency, string? reference, string? notes, string? userId, DateTimeOffset at)
        : base(SupplierPaymentStatus.Posted, userId, at)
    {
        if (amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(Error.Validation("The payment amount must be more than zero, with at most two decimals."));
        }

        OrganizationId = organizationId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        PaymentDate = paymentDate;
        PaymentMethodId = paymentMethodId;
        MethodName = methodName;
        Amount = amount;
        Currency = Common.Currency.Normalize(currency);
        Reference = Text.Optional(reference, 100, "Reference");
        Notes = Text.Optional(notes, 1000, "Notes");
    }

    public override string DocumentType => DocumentTypes.SupplierPayment;
    protected override StateMachine<SupplierPaymentStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public DateOnly PaymentDate { get; private set; }
    public Guid PaymentMethodId { get; private set; }
    public string MethodName { get; private set; } = "";
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string? Reference { get; private set; }
    public string? Notes { get; private set; }
}

/// <summary>Part of a payment set against one bill. Append-only: a bill's paid amount is the sum of these rows.</summary>
public sealed class PayableAllocation : Entity, ITenantOwned, IAudited
{
    private PayableAllocation() { }

    public PayableAllocation(Guid supplierId, Guid billId, Guid paymentId, decimal amount, DateOnly date)
    {
        SupplierId = supplierId;
        BillId = billId;
        PaymentId = paymentId;
        Amount = amount;
        Date = date;
    }

    public Guid TenantId { get; private set; }
    public Guid SupplierId { get; private set; }
    public Guid BillId { get; private set; }
    public Guid PaymentId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly Date { get; private set; }
}
