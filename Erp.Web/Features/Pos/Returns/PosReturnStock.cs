using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Pos.Returns;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>
/// Where returned goods go, through the ledger at the cost they left at: back into the sale's location, into the
/// chosen quarantine location, or (scrap) back in and straight out again as a scrap movement, so the write-off shows
/// in the ledger and on-hand is unchanged.
/// </summary>
internal static class PosReturnStock
{
    public static async Task<Result> PostAsync(ErpDbContext db, PosReturn taken, DateTimeOffset at, CancellationToken ct)
    {
        var ids = taken.Lines.Select(l => l.ProductId).Distinct().ToList();
        var kits = await db.Products.Where(p => ids.Contains(p.Id) && p.Kind == ProductKind.Kit).Select(p => p.Id).ToListAsync(ct);
        var changes = new List<StockChange>();
        foreach (var line in taken.Lines)
        {
            // A kit holds no stock and cannot be received at a cost: its components come back at their current cost.
            var cost = kits.Contains(line.ProductId) ? (decimal?)null : line.UnitCost;
            var into = line.Condition == ReturnCondition.Quarantine ? line.QuarantineLocationId!.Value : taken.LocationId;
            var note = line.Reason is null ? line.Condition.ToString() : $"{line.Condition}: {line.Reason}";
            changes.Add(new StockChange(line.ProductId, into, line.Quantity, MovementKind.SaleReturn, cost, SourceLineId: line.Id, Note: note));
            if (line.Condition == ReturnCondition.Scrap)
            {
                changes.Add(new StockChange(line.ProductId, into, -line.Quantity, MovementKind.Scrap, SourceLineId: line.Id, Note: note));
            }
        }

        var posted = await StockLedger.PostAsync(db, new StockSource(taken.DocumentType, taken.Id, taken.Number), changes, at, ct);
        return posted.IsSuccess ? Result.Success() : posted.Error!;
    }
}
