using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Registers;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>
/// Completes, holds, recalls and discards till sales. Completing runs in one transaction: the sale with its lines and
/// payments, its receipt number, the stock out of the shop (kits by their components, never the stock reserved for
/// orders, never below zero — two tills selling the last unit at once get one success and one clear refusal), and the
/// customer's store credit spent.
/// </summary>
public sealed class PosSaleCommands(IDbContextFactory<ErpDbContext> dbFactory, StockTransactions transactions, PermissionGuard guard,
    ManagerApprovals approvals)
{
    public static readonly Error NotYourSession = new("pos.not_your_session",
        "This is not your open session: open a session on a register first.");

    public static readonly Error StoreCreditNeedsCustomer = new("pos.store_credit_customer",
        "Store credit belongs to a customer: choose the customer first.");

    public async Task<Result<SaleCompleted>> CompleteAsync(SaleInput input, CancellationToken ct = default)
    {
        var rights = await RightsAsync(input.Approval, ct);
        if (!rights.IsSuccess)
        {
            return rights.Error!;
        }

        return await transactions.RunAsync<SaleCompleted>(async (db, at, token) =>
        {
            var sale = await CompleteInAsync(db, input, rights.Value.CanOverride, rights.Value.ApprovedBy, [], at, token);
            return sale.IsSuccess
                ? new SaleCompleted(sale.Value.Id, sale.Value.Number, sale.Value.GrossTotal, sale.Value.Payments.Sum(p => p.Tendered),
                    sale.Value.ChangeGiven)
                : sale.Error!;
        }, ct);
    }

    /// <summary>Parks the cart in the session (no number, no stock, no payment); a recalled cart replaces its held sale.</summary>
    public async Task<Result<Guid>> HoldAsync(SaleInput input, CancellationToken ct = default)
    {
        var rights = await RightsAsync(input.Approval, ct);
        if (!rights.IsSuccess)
        {
            return rights.Error!;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var context = await SaleContextAsync(db, input, rights.Value.CanOverride, token);
            if (!context.IsSuccess)
            {
                return context.Error!;
            }

            var (header, lines, discount, rounding, _) = context.Value;
            var held = PosSale.Hold(header, lines, discount, rounding, input.Note, at);
            if (!held.IsSuccess)
            {
                return held.Error!;
            }

            var recalled = await MarkRecalledAsync(db, input, at, token);
            if (!recalled.IsSuccess)
            {
                return recalled.Error!;
            }

            db.PosSales.Add(held.Value);
            return held.Value.Id;
        }, ct);
    }

    /// <summary>The held sales of a session, oldest first.</summary>
    public async Task<IReadOnlyList<HeldSale>> HeldAsync(Guid sessionId, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PosSales.AsNoTracking()
            .Where(s => s.SessionId == sessionId && s.Status == PosSaleStatus.Held && s.CashierId == db.Tenant.UserId)
            .OrderBy(s => s.SoldAt)
            .Select(s => new HeldSale(s.Id, s.SoldAt, s.CustomerName, s.Lines.Count, s.GrossTotal, s.Note)).ToListAsync(ct);
    }

    /// <summary>
    /// A held sale as a cart to go on with. It stays held until the cart completes (or is held again), so that
    /// abandoning the recalled cart loses nothing.
    /// </summary>
    public async Task<Result<SaleInput>> RecallAsync(Guid heldId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Sell, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var held = await db.PosSales.AsNoTracking().Include(s => s.Lines)
            .FirstOrDefaultAsync(s => s.Id == heldId && s.Status == PosSaleStatus.Held && s.CashierId == db.Tenant.UserId, ct);
        if (held is null)
        {
            return PosErrors.SaleNotFound;
        }

        return new SaleInput
        {
            SessionId = held.SessionId,
            CustomerId = held.CustomerId,
            RecalledFromId = held.Id,
            Note = held.Note,
            CartDiscountKind = held.CartDiscountKind,
            CartDiscountValue = held.CartDiscountValue,
            Lines = [.. held.Lines.OrderBy(l => l.LineNumber).Select(l => new CartLineInput
            {
                ProductId = l.ProductId,
                Quantity = l.Quantity,
                UnitPrice = l.PriceOverridden ? l.UnitPrice : null,
                DiscountKind = l.DiscountKind,
                DiscountValue = l.DiscountValue,
            })],
        };
    }

    public async Task<Result> DiscardAsync(Guid heldId, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Sell, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var held = await db.PosSales.FirstOrDefaultAsync(s => s.Id == heldId && s.CashierId == db.Tenant.UserId, token);
            if (held is null)
            {
                return PosErrors.SaleNotFound;
            }

            var discarded = held.Discard(db.Tenant.UserId, at, reason);
            return discarded.IsSuccess ? true : discarded.Error!;
        }, ct);
    }

    /// <summary>
    /// Completes a sale inside the caller's transaction (a return's exchange uses it with the return's credit as an
    /// extra tender). Nothing is saved here; a failure leaves the context to be discarded.
    /// </summary>
    internal static async Task<Result<PosSale>> CompleteInAsync(ErpDbContext db, SaleInput input, bool canOverride, string? approvedBy,
        IReadOnlyList<PosTender> extraTenders, DateTimeOffset at, CancellationToken ct)
    {
        var context = await SaleContextAsync(db, input, canOverride, ct);
        if (!context.IsSuccess)
        {
            return context.Error!;
        }

        var (header, lines, discount, rounding, walkIn) = context.Value;
        var tenders = await TendersAsync(db, header, walkIn, input.Payments, ct);
        if (!tenders.IsSuccess)
        {
            return tenders.Error!;
        }

        var completed = PosSale.Complete(header, lines, discount, rounding, [.. tenders.Value, .. extraTenders], approvedBy, at);
        if (!completed.IsSuccess)
        {
            return completed.Error!;
        }

        var sale = completed.Value;
        await DocumentNumberService.AssignNumberAsync(db, sale, DateOnly.FromDateTime(at.UtcDateTime), ct);
        var stocked = await TakeStockAsync(db, sale, at, ct);
        if (!stocked.IsSuccess)
        {
            return stocked.Error!;
        }

        var credit = sale.Payments.Where(p => p.Kind == PaymentMethodKind.StoreCredit).Sum(p => p.Amount);
        var spent = credit > 0m ? await StoreCredit.SpendAsync(db, header.CustomerId!.Value, credit, ct) : Result.Success();
        if (!spent.IsSuccess)
        {
            return spent.Error!;
        }

        var recalled = await MarkRecalledAsync(db, input, at, ct);
        if (!recalled.IsSuccess)
        {
            return recalled.Error!;
        }

        db.PosSales.Add(sale);
        return sale;
    }

    private async Task<Result<(bool CanOverride, string? ApprovedBy)>> RightsAsync(ManagerApproval? approval, CancellationToken ct)
    {
        if (await guard.CheckAsync(PosPermissions.Sell, ct) is { } denied)
        {
            return denied;
        }

        if (await guard.HasAsync(PosPermissions.Override, ct))
        {
            return (true, null);
        }

        if (approval is null)
        {
            return (false, null);
        }

        var approver = await approvals.ApproveAsync(approval, ct);
        return approver.IsSuccess ? (true, approver.Value) : approver.Error!;
    }

    private sealed record SaleContext(PosSaleHeader Header, IReadOnlyList<PosLineData> Lines, Discount Discount,
        Domain.Sales.Taxes.TaxRounding Rounding, Guid? WalkInCustomerId);

    private static async Task<Result<SaleContext>> SaleContextAsync(ErpDbContext db, SaleInput input, bool canOverride, CancellationToken ct)
    {
        var session = await db.PosSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.SessionId, ct);
        if (session is null || session.CashierId != db.Tenant.UserId)
        {
            return NotYourSession;
        }

        if (session.Status != PosSessionStatus.Open)
        {
            return PosErrors.SessionClosed(session.Number);
        }

        var register = await db.CashRegisters.AsNoTracking().FirstAsync(r => r.Id == session.RegisterId, ct);
        var discount = new Discount(input.CartDiscountKind, input.CartDiscountValue);
        if (!discount.IsNone && !canOverride)
        {
            return PosSaleRules.OverrideDenied;
        }

        var lines = await PosSaleRules.LinesAsync(db, register.PriceListId, register.PricesIncludeTax, input.Lines, canOverride, ct);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var customer = await CustomerAsync(db, register, input.CustomerId, session.Currency, ct);
        if (!customer.IsSuccess)
        {
            return customer.Error!;
        }

        var header = new PosSaleHeader(session.OrganizationId, register.Id, session.Id, session.LocationId, customer.Value.Id,
            customer.Value.Name, session.Currency, session.CashierId, session.CashierName, register.PricesIncludeTax);
        var settings = await Data.Sales.SalesPricing.SettingsAsync(db, ct);
        return new SaleContext(header, lines.Value, discount, settings.TaxRounding, register.DefaultCustomerId);
    }

    private static async Task<Result<(Guid? Id, string Name)>> CustomerAsync(ErpDbContext db, CashRegister register, Guid? customerId,
        string currency, CancellationToken ct)
    {
        var id = customerId ?? register.DefaultCustomerId;
        if (id is null)
        {
            return ((Guid?)null, PosSaleRules.WalkInName);
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Code, c.Name, c.CurrencyCode, c.Status, c.BlockReason }).FirstOrDefaultAsync(ct);
        if (customer is null)
        {
            return Error.NotFound("The customer");
        }

        if (customer.Status == CustomerStatus.Blocked)
        {
            return CustomerErrors.Blocked(customer.Code, customer.BlockReason);
        }

        return customerId is not null && customerId != register.DefaultCustomerId && customer.CurrencyCode != currency
            ? Error.Validation($"{customer.Name} buys in {customer.CurrencyCode}; this till sells in {currency}.")
            : (id, customer.Name);
    }

    private static async Task<Result<IReadOnlyList<PosTender>>> TendersAsync(ErpDbContext db, PosSaleHeader header, Guid? walkInCustomerId,
        List<TenderInput> payments, CancellationToken ct)
    {
        var ids = payments.Select(p => p.PaymentMethodId).Distinct().ToList();
        var offered = await db.Set<CashRegisterPaymentMethod>().AsNoTracking()
            .Where(m => m.RegisterId == header.RegisterId && ids.Contains(m.PaymentMethodId)).Select(m => m.PaymentMethodId).ToListAsync(ct);
        var methods = await db.PaymentMethods.AsNoTracking().Where(m => offered.Contains(m.Id) && m.IsActive).ToDictionaryAsync(m => m.Id, ct);
        var tenders = new List<PosTender>(payments.Count);
        foreach (var payment in payments)
        {
            if (!methods.TryGetValue(payment.PaymentMethodId, out var method))
            {
                return Error.Validation("Choose a payment method this register takes.");
            }

            tenders.Add(new PosTender(method.Id, method.Name, method.Kind, payment.Amount));
        }

        if (tenders.Any(t => t.Kind == PaymentMethodKind.StoreCredit) && (header.CustomerId is null || header.CustomerId == walkInCustomerId))
        {
            return StoreCreditNeedsCustomer;
        }

        return tenders;
    }

    /// <summary>Takes the sale's stock out of the shop: what is reserved for orders is not for sale at the till.</summary>
    private static async Task<Result> TakeStockAsync(ErpDbContext db, PosSale sale, DateTimeOffset at, CancellationToken ct)
    {
        var settings = await StockLedger.SettingsAsync(db, ct);
        if (!settings.AllowNegativeStock)
        {
            var needed = await PosSaleRules.StockNeededAsync(db, sale.Lines.Select(l => (l.ProductId, l.Quantity)), ct);
            var ids = needed.Keys.ToList();
            var available = await db.StockLevels.AsNoTracking().Where(l => l.LocationId == sale.LocationId && ids.Contains(l.ProductId))
                .ToDictionaryAsync(l => l.ProductId, l => l.OnHand - l.Reserved, ct);
            foreach (var (productId, quantity) in needed.Where(n => n.Value > available.GetValueOrDefault(n.Key)))
            {
                var sku = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => p.Sku).FirstAsync(ct);
                return PosSaleRules.OutOfStock(PosSaleRules.Shortage(sku, available.GetValueOrDefault(productId), quantity));
            }
        }

        var changes = sale.Lines.Select(l => new StockChange(l.ProductId, sale.LocationId, -l.Quantity, MovementKind.Sale, SourceLineId: l.Id))
            .ToList();
        var posted = await StockLedger.PostAsync(db, new StockSource(sale.DocumentType, sale.Id, sale.Number), changes, at, ct);
        if (!posted.IsSuccess)
        {
            return posted.Error!;
        }

        foreach (var line in sale.Lines)
        {
            line.RecordCost(Math.Abs(posted.Value.Where(m => m.SourceLineId == line.Id).Sum(m => m.Value)));
        }

        return Result.Success();
    }

    private static async Task<Result> MarkRecalledAsync(ErpDbContext db, SaleInput input, DateTimeOffset at, CancellationToken ct)
    {
        if (input.RecalledFromId is not { } heldId)
        {
            return Result.Success();
        }

        var held = await db.PosSales.FirstOrDefaultAsync(s => s.Id == heldId && s.SessionId == input.SessionId, ct);
        return held is null ? PosErrors.SaleNotFound : held.Recall(db.Tenant.UserId, at);
    }
}
