using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Web.Features.Pos.Returns;

public static class PosReturnErrors
{
    public static readonly Error NoOpenSession = new("pos.return_no_session",
        "Open a session on your register first: a return is taken in the cashier's open session.");

    public static readonly Error ChooseSale = Error.Validation("Scan or type the receipt number of the sale.");

    public static readonly Error WalkInCredit = new("pos.credit_walk_in",
        "Store credit needs a named customer: choose the customer (not the walk-in customer).");

    public static readonly Error NoStoreCreditMethod = new("pos.no_store_credit",
        "There is no active store credit payment method: add one in the sales settings.");

    public static readonly Error OriginalMethodsShort = new("pos.refund_original_short",
        "The sale's payment methods cannot take this refund: choose the refund methods.");

    public static readonly Error QuarantineElsewhere = Error.Validation(
        "The quarantine location must be a stock location of the sale's organization.");

    public static Error SaleNotFound(string number) =>
        new("pos.sale_not_found", $"No sale with receipt number {number} was found.");

    public static Error OtherShop(string number, string shop) =>
        new("pos.return_other_shop", $"Sale {number} was made at {shop}: return it there.");

    public static Error NotEnoughCash(decimal asked, decimal inDrawer) =>
        new("pos.refund_cash_short", string.Create(CultureInfo.InvariantCulture,
            $"The cash refund ({asked:0.00}) is more than the cash in the drawer ({inDrawer:0.00}): refund by another method."));

    public static Error CreditCurrency(string customerCurrency, string saleCurrency) =>
        Error.Validation($"The customer's credit is kept in {customerCurrency}; the sale is in {saleCurrency}.");
}
