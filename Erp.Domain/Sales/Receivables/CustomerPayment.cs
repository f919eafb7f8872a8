using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Payments;

namespace Erp.Domain.Sales.Receivables;

/// <summary>Payments are recorded posted; there is no draft.</summary>
public enum CustomerPaymentStatus
{
    Posted = 1,
}

/// <summary>
/// Money received from a customer. Allocations to invoices use it up; what is not allocated
/// (<see cref="UnallocatedAmount"/>) is customer credit, kept only when the user chose so.
/// </summary>
public sealed class CustomerPayment : Document<CustomerPaymentStatus>, IOrganizationOwned
{
    private static readonly StateMachine<CustomerPaymentStatus> Machine = new("customer payment");

    private CustomerPayment() { }

    public CustomerPayment(Guid organizationId, Guid customerId, string customerName, DateOnly paymentDate, PaymentMethod method,
        decimal amount, string currency, string? reference, string? notes, string? userId, DateTimeOffset at)
        : base(CustomerPaymentStatus.Posted, userId, at)
    {
        if (amount <= 0m)
        {
            throw new DomainException(Error.Validation("The payment amount must be more than zero."));
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(Error.Validation("The payment amount has at most two decimals."));
        }

        OrganizationId = organizationId;
        CustomerId = customerId;
        CustomerName = customerName;
        PaymentDate = paymentDate;
        PaymentMethodId = method.Id;
        MethodName = method.Name;
        Amount = amount;
        Currency = Erp.Domain.Common.Currency.Normalize(currency);
        Reference = Text.Optional(reference, 100, "Reference");
        Notes = Text.Optional(notes, 1000, "Notes");
        UnallocatedAmount = amount;
    }

    public override string DocumentType => DocumentTypes.CustomerPayment;
    protected override StateMachine<CustomerPaymentStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string CustomerName { get; private set; } = "";
    public DateOnly PaymentDate { get; private set; }
    public Guid PaymentMethodId { get; private set; }
    public string MethodName { get; private set; } = "";
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string? Reference { get; private set; }
    public string? Notes { get; private set; }
    public decimal AllocatedAmount { get; private set; }
    public decimal UnallocatedAmount { get; private set; }

    public void Allocate(decimal amount)
    {
        if (amount <= 0m || amount > UnallocatedAmount)
        {
            throw new DomainException(Error.Validation($"Payment {Number} has not that much left to allocate."));
        }

        AllocatedAmount += amount;
        UnallocatedAmount -= amount;
    }
}

/// <summary>
/// Part of a payment or of a credit note set against one invoice. Append-only: the invoice's paid and credited
/// amounts are the sums of these rows.
/// </summary>
public sealed class ReceivableAllocation : Entity, ITenantOwned, IAudited
{
    private ReceivableAllocation() { }

    public ReceivableAllocation(Guid customerId, Guid invoiceId, Guid? paymentId, Guid? creditNoteId, decimal amount, DateOnly date,
        string? userId, DateTimeOffset at)
    {
        if ((paymentId is null) == (creditNoteId is null))
        {
            throw new DomainException(Error.Validation("An allocation comes from a payment or from a credit note."));
        }

        CustomerId = customerId;
        InvoiceId = invoiceId;
        PaymentId = paymentId;
        CreditNoteId = creditNoteId;
        Amount = amount;
        Date = date;
        UserId = userId;
        CreatedAt = at;
    }

    public Guid TenantId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public Guid? PaymentId { get; private set; }
    public Guid? CreditNoteId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly Date { get; private set; }
    public string? UserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
