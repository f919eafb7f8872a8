using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

public static class CustomerErrors
{
    public static readonly Error CustomerNotFound = Error.NotFound("The customer");
    public static readonly Error GroupNotFound = new("sales.customer_group_not_found", "The chosen customer group was not found.");
    public static readonly Error PaymentTermNotFound = new("sales.payment_term_not_found", "The chosen payment terms were not found.");
    public static readonly Error PriceListNotFound = new("sales.price_list_not_found", "The chosen price list was not found.");
    public static readonly Error NegativeCreditLimit = new("sales.negative_credit_limit",
        "The credit limit cannot be negative; leave it empty for no limit.");
    public static readonly Error InvalidEmail = new("sales.invalid_email", "The email address is not valid (expected name@example.com).");
    public static readonly Error BlockReasonRequired = new("sales.block_reason_required", "Give the reason the customer is blocked.");
    public static readonly Error ExemptionReferenceRequired = new("sales.exemption_reference_required",
        "A tax-exempt customer needs the exemption reference (certificate number).");
    public static readonly Error OpeningBalanceDateRequired = new("sales.opening_balance_date_required",
        "An opening balance needs the date it was valid on.");
    public static readonly Error UnknownCountry = new("sales.unknown_country", "The country is not a known ISO country code.");
    public static readonly Error UnknownState = new("sales.unknown_state", "The state or province is not one of the chosen country's.");
    public static readonly Error CountryRequired = new("sales.country_required", "Choose the country of the address.");
    public static readonly Error ContactNameRequired = new("sales.contact_name_required", "Each contact needs a name.");
    public static readonly Error OnePrimaryContact = new("sales.one_primary_contact", "Only one contact can be the primary contact.");
    public static readonly Error InvalidPaymentTerm = new("sales.invalid_payment_term",
        "Payment terms need 0 to 3,650 net days; an early-payment discount needs a percentage above 0 and below 100 and a number of days within the net days.");
    public static readonly Error NameTaken = new("sales.name_taken", "Another entry already has this name.");
    public static readonly Error InUse = new("sales.in_use", "This entry is used by customers; change them first.");
    public static readonly Error ChangedByAnotherUser = CommonErrors.ChangedByAnotherUser;

    public static Error TaxIdTaken(string otherCode) =>
        new("sales.tax_id_taken", $"Customer {otherCode} already has this tax id.");

    public static Error Blocked(string code, string? reason) =>
        new("sales.customer_blocked", $"Customer {code} is blocked and cannot get new orders: {reason}");
}
