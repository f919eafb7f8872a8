using Erp.Domain.Common;

namespace Erp.Web.Features.Pos.Sessions;

public static class PosSessionErrors
{
    public static Error RegisterBusy(string register, string session, string cashier) =>
        new("pos.register_busy", $"{register} is already open: session {session}, opened by {cashier}.");

    public static Error RegisterInactive(string register) =>
        new("pos.register_inactive", $"{register} is not active: choose another register or ask a manager to activate it.");

    public static Error CashierBusy(string session, string register) =>
        new("pos.cashier_busy", $"You already have session {session} open on {register}: close it before opening another register.");

    public static Error HeldSales(int count) =>
        new("pos.held_sales", $"The session has {count} held sale(s). Recall or discard the held sale(s) first.");

    public static readonly Error NotYourSession = new("common.forbidden",
        "This is another cashier's session: only a supervisor can work on it.");
}
