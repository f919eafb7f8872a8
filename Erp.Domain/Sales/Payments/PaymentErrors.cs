using Erp.Domain.Common;

namespace Erp.Domain.Sales.Payments;

public static class PaymentErrors
{
    public static readonly Error MethodNotFound = Error.NotFound("The payment method");

    public static readonly Error MethodNameTaken = new("sales.payment_method_name_taken", "Another payment method already has this name.");

    public static readonly Error OneStoreCredit = new("sales.one_store_credit",
        "There is already a store credit method: customer credit is kept in one place.");

    public static readonly Error LastActiveMethod = new("sales.last_active_method",
        "Keep at least one active payment method: payments could not be recorded otherwise.");
}
