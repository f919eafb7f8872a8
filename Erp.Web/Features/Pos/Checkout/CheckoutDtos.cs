using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>A payment button of the till.</summary>
public sealed record TillPaymentMethod(Guid Id, string Name, PaymentMethodKind Kind);

/// <summary>Everything the checkout screen needs about the cashier's open session, loaded once when it opens.</summary>
public sealed record CheckoutContext(
    Guid SessionId,
    string SessionNumber,
    Guid RegisterId,
    string RegisterName,
    Guid LocationId,
    string LocationName,
    string Currency,
    bool PricesIncludeTax,
    Guid? PriceListId,
    Guid? DefaultCustomerId,
    string DefaultCustomerName,
    Domain.Sales.Taxes.TaxRounding TaxRounding,
    IReadOnlyList<TillPaymentMethod> PaymentMethods,
    IReadOnlyList<Domain.Sales.Taxes.TaxRate> TaxRates);

/// <summary>A product found by barcode, SKU or search, priced for the till; <see cref="Available"/> at the shop.</summary>
public sealed record TillItem(Guid ProductId, string Sku, string Barcode, string Name, decimal UnitPrice, decimal TaxRatePercent,
    decimal Available, Guid? ImageId);

/// <summary>A customer the cashier can pick at the till.</summary>
public sealed record TillCustomer(Guid Id, string Code, string Name)
{
    public string Display => $"{Name} ({Code})";
}

/// <summary>A line of the cart as the cashier rang it up; a null price is the list price.</summary>
public sealed class CartLineInput
{
    public Guid ProductId { get; set; }
    public decimal Quantity { get; set; } = 1m;
    public decimal? UnitPrice { get; set; }
    public DiscountKind DiscountKind { get; set; }
    public decimal DiscountValue { get; set; }
}

/// <summary>Money handed over: a method of the register and the amount (cash may exceed what is due).</summary>
public sealed record TenderInput(Guid PaymentMethodId, decimal Amount);

/// <summary>A sale to complete (or hold) in the cashier's session.</summary>
public sealed class SaleInput
{
    public Guid SessionId { get; set; }
    public Guid? CustomerId { get; set; }
    public List<CartLineInput> Lines { get; set; } = [];
    public DiscountKind CartDiscountKind { get; set; }
    public decimal CartDiscountValue { get; set; }
    public List<TenderInput> Payments { get; set; } = [];

    /// <summary>The held sale this cart was recalled from, if any.</summary>
    public Guid? RecalledFromId { get; set; }

    /// <summary>A manager who approved, at the till, a price change or discount the cashier may not give.</summary>
    public ManagerApproval? Approval { get; set; }

    public string? Note { get; set; }
}

/// <summary>A manager's sign-in at the till to approve an override.</summary>
public sealed record ManagerApproval(string Email, string Password);

/// <summary>A completed sale as the till shows it after payment.</summary>
public sealed record SaleCompleted(Guid Id, string Number, decimal Total, decimal Paid, decimal Change);

/// <summary>A held sale waiting in the session.</summary>
public sealed record HeldSale(Guid Id, DateTimeOffset HeldAt, string CustomerName, int Lines, decimal Total, string? Note);
