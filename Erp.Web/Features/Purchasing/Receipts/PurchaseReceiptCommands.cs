using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Receipts;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>
/// Receives goods against a purchase order in one stock transaction: checks the order and every line, records the
/// arrival on the order (tolerance), costs the kept units (order price × rate + landed charges), numbers the receipt
/// (RCV-) and posts accepted units into their location and quarantined ones into the quarantine location through the
/// ledger. Any refusal rolls everything back: no stock, no order change, no number used.
/// </summary>
public sealed class PurchaseReceiptCommands(StockTransactions transactions, PermissionGuard guard)
{
    public static readonly Error NotFound = Error.NotFound("The purchase receipt");
    public static readonly Error OrderNotFound = Error.NotFound("The purchase order");
    public static readonly Error NothingReceived = Error.Validation("Nothing is received: enter accepted, rejected or quarantined quantities.");

    public async Task<Result<PurchaseReceiptPosted>> ReceiveAsync(ReceiveInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Receive, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<PurchaseReceiptPosted>((db, at, token) => ReceiveAsync(db, input, at, token), ct);
    }

    private static async Task<Result<PurchaseReceiptPosted>> ReceiveAsync(ErpDbContext db, ReceiveInput input, DateTimeOffset at,
        CancellationToken ct)
    {
        var order = await db.PurchaseOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == input.OrderId, ct);
        if (order is null)
        {
            return OrderNotFound;
        }

        if (!order.IsOpenForReceipt)
        {
            return PurchasingErrors.CannotReceive(order.Number, order.Status.ToString());
        }

        var entered = input.Lines.Where(l => !l.IsEmpty).ToList();
        if (entered.Count == 0)
        {
            return NothingReceived;
        }

        var checkedLines = await CheckLinesAsync(db, order, entered, ct);
        if (!checkedLines.IsSuccess)
        {
            return checkedLines.Error!;
        }

        var charges = CheckCharges(input.Charges);
        if (!charges.IsSuccess)
        {
            return charges.Error!;
        }

        var settings = await PurchasingRules.SettingsAsync(db, ct);
        var lines = checkedLines.Value;
        var arrived = order.RecordArrival([.. lines.Select(l => new LineArrival(l.OrderLine.Id, l.Input.Accepted + l.Input.Quarantined,
            l.Input.Rejected))], settings.OverReceiptTolerancePercent, db.Tenant.UserId, at);
        if (!arrived.IsSuccess)
        {
            return arrived.Error!;
        }

        var costs = ReceiptCosting.Cost([.. lines.Select(l => new CostingLine(l.Input.Accepted, l.Input.Quarantined, l.OrderLine.UnitPrice))],
            order.ExchangeRate, charges.Value.Sum(c => c.Amount), input.Basis);
        var date = input.ReceivedDate ?? DateOnly.FromDateTime(at.UtcDateTime);
        var header = new PurchaseReceiptHeader(order.Id, order.Number, order.SupplierId, order.SupplierName, date, input.DeliveryNote,
            order.Currency, order.ExchangeRate, input.Basis, input.Notes);
        var receipt = new PurchaseReceipt(order.OrganizationId, header, [.. lines.Select((l, i) => new PurchaseReceiptLineData(
            l.OrderLine.Id, l.OrderLine.ProductId, l.OrderLine.Sku, l.OrderLine.Description, l.LocationId, l.Input.Accepted,
            l.Input.Rejected, l.Input.Quarantined, l.QuarantineLocationId, l.Input.QualityNote, l.OrderLine.UnitPrice,
            costs[i].LandedCost, costs[i].UnitCost))], charges.Value, db.Tenant.UserId, at);
        await DocumentNumberService.AssignNumberAsync(db, receipt, date, ct);
        db.PurchaseReceipts.Add(receipt);

        var changes = new List<StockChange>();
        foreach (var (line, cost) in receipt.Lines.OrderBy(l => l.LineNumber).Zip(costs))
        {
            if (line.AcceptedQuantity > 0m)
            {
                changes.Add(new StockChange(line.ProductId, line.LocationId, line.AcceptedQuantity, MovementKind.Purchase,
                    line.UnitCost, cost.AcceptedValue, line.Id));
            }

            if (line.QuarantinedQuantity > 0m)
            {
                changes.Add(new StockChange(line.ProductId, line.QuarantineLocationId!.Value, line.QuarantinedQuantity, MovementKind.Purchase,
                    line.UnitCost, cost.QuarantinedValue, line.Id, "Quarantine"));
            }
        }

        if (changes.Count > 0)
        {
            var posted = await StockLedger.PostAsync(db, new StockSource(receipt.DocumentType, receipt.Id, receipt.Number), changes, at, ct);
            if (!posted.IsSuccess)
            {
                return posted.Error!;
            }
        }

        return new PurchaseReceiptPosted(receipt.Id, receipt.Number);
    }

    private sealed record CheckedLine(ReceiveLineInput Input, PurchaseOrderLine OrderLine, Guid LocationId, Guid? QuarantineLocationId);

    /// <summary>Each line: on the order, quantities not negative, a reason for rejects, locations of the order's organization.</summary>
    private static async Task<Result<List<CheckedLine>>> CheckLinesAsync(ErpDbContext db, PurchaseOrder order,
        List<ReceiveLineInput> entered, CancellationToken ct)
    {
        var wanted = entered.SelectMany(l => new[] { l.LocationId ?? order.LocationId, l.QuarantineLocationId ?? Guid.Empty })
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking()
            .Where(l => wanted.Contains(l.Id) && l.Kind != LocationKind.Transit && l.OrganizationId == order.OrganizationId)
            .Select(l => l.Id).ToListAsync(ct);
        var lines = new List<CheckedLine>(entered.Count);
        foreach (var input in entered)
        {
            var orderLine = order.Lines.FirstOrDefault(l => l.Id == input.OrderLineId);
            if (orderLine is null)
            {
                return Error.Validation($"A received line is not on purchase order {order.Number}.");
            }

            if (input.Accepted < 0m || input.Rejected < 0m || input.Quarantined < 0m)
            {
                return Error.Validation($"{orderLine.Sku}: received quantities cannot be negative.");
            }

            if (input.Rejected > 0m && string.IsNullOrWhiteSpace(input.QualityNote))
            {
                return Error.Validation($"{orderLine.Sku}: say why {input.Rejected:0.####} unit(s) were rejected (quality note).");
            }

            var location = input.LocationId ?? order.LocationId;
            if (!locations.Contains(location))
            {
                return Error.Validation($"{orderLine.Sku}: the receiving location must be a stock location of the order's organization.");
            }

            Guid? quarantine = null;
            if (input.Quarantined > 0m)
            {
                if (input.QuarantineLocationId is not { } q)
                {
                    return Error.Validation($"{orderLine.Sku}: choose where the quarantined units go.");
                }

                if (!locations.Contains(q))
                {
                    return Error.Validation($"{orderLine.Sku}: the quarantine location must be a stock location of the order's organization.");
                }

                quarantine = q;
            }

            lines.Add(new CheckedLine(input, orderLine, location, quarantine));
        }

        return lines;
    }

    private static Result<List<LandedChargeData>> CheckCharges(IReadOnlyList<LandedChargeInput> charges)
    {
        var result = new List<LandedChargeData>();
        foreach (var charge in charges.Where(c => !string.IsNullOrWhiteSpace(c.Description) || c.Amount != 0m))
        {
            if (string.IsNullOrWhiteSpace(charge.Description))
            {
                return Error.Validation("Describe each landed cost (freight, duty…).");
            }

            if (charge.Amount <= 0m || decimal.Round(charge.Amount, 2) != charge.Amount)
            {
                return Error.Validation($"{charge.Description.Trim()}: a landed cost is an amount above zero with at most two decimals.");
            }

            result.Add(new LandedChargeData(charge.Description.Trim(), charge.Amount));
        }

        return result;
    }
}
