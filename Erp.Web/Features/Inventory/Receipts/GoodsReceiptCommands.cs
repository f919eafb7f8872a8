using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Receipts;
using Erp.Domain.Inventory.Valuation;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>
/// Creates, edits, posts and cancels goods receipts. A receipt takes its number when it is first saved (as a draft);
/// posting adds every line's stock at its cost per base unit in the organization's base currency.
/// </summary>
public sealed class GoodsReceiptCommands(StockTransactions transactions, PermissionGuard guard)
{
    public static readonly Error NotFound = Error.NotFound("The goods receipt");

    public async Task<Result<Guid>> CreateAsync(GoodsReceiptInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var created = await AddAsync(db, input, at, token);
            return created.IsSuccess ? created.Value.Id : created.Error!;
        }, ct);
    }

    /// <summary>Saves a new receipt and posts it in the same transaction ("Save and post"): its number, or nothing at all.</summary>
    public async Task<Result<GoodsReceiptPosted>> CreateAndPostAsync(GoodsReceiptInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<GoodsReceiptPosted>(async (db, at, token) =>
        {
            var created = await AddAsync(db, input, at, token);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            var posted = await PostAsync(db, created.Value, at, token);
            return posted.IsSuccess ? new GoodsReceiptPosted(created.Value.Id, posted.Value) : posted.Error!;
        }, ct);
    }

    public async Task<Result> UpdateAsync(Guid id, GoodsReceiptInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, _, token) =>
        {
            var receipt = await LoadAsync(db, id, token);
            if (receipt is null)
            {
                return NotFound;
            }

            if (receipt.Status != GoodsReceiptStatus.Draft)
            {
                return InventoryDocumentErrors.NotDraft("goods receipt", receipt.Status.ToString());
            }

            var checkedInput = await CheckAsync(db, input, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (location, header, lines) = checkedInput.Value;
            if (location.OrganizationId != receipt.OrganizationId)
            {
                return Error.Validation("The location must belong to the receipt's organization.");
            }

            receipt.Edit(header);
            receipt.SetLines(lines);
            return true;
        }, ct);
    }

    /// <summary>Posts a draft: stock in at cost (movement kind Receipt, source = this receipt and line).</summary>
    public async Task<Result<string>> PostAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<string>(async (db, at, token) =>
        {
            var receipt = await LoadAsync(db, id, token);
            return receipt is null ? NotFound : await PostAsync(db, receipt, at, token);
        }, ct);
    }

    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var receipt = await LoadAsync(db, id, token);
            if (receipt is null)
            {
                return NotFound;
            }

            var cancelled = receipt.Cancel(db.Tenant.UserId, at, reason);
            return cancelled.IsSuccess ? true : cancelled.Error!;
        }, ct);
    }

    private static async Task<Result<GoodsReceipt>> AddAsync(ErpDbContext db, GoodsReceiptInput input, DateTimeOffset at,
        CancellationToken ct)
    {
        var checkedInput = await CheckAsync(db, input, ct);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Error!;
        }

        var (location, header, lines) = checkedInput.Value;
        var receipt = new GoodsReceipt(location.OrganizationId, header, db.Tenant.UserId, at);
        receipt.SetLines(lines);
        await DocumentNumberService.AssignNumberAsync(db, receipt, header.DocumentDate, ct);
        db.GoodsReceipts.Add(receipt);
        return receipt;
    }

    private static async Task<Result<string>> PostAsync(ErpDbContext db, GoodsReceipt receipt, DateTimeOffset at, CancellationToken ct)
    {
        var moved = receipt.Post(db.Tenant.UserId, at);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        var changes = receipt.Lines.Select(l => new StockChange(l.ProductId, receipt.LocationId, l.BaseQuantity,
            MovementKind.Receipt, l.BaseUnitCost, SourceLineId: l.Id)).ToList();
        var posted = await StockLedger.PostAsync(db, new StockSource(receipt.DocumentType, receipt.Id, receipt.Number), changes, at, ct);
        return posted.IsSuccess ? receipt.Number : posted.Error!;
    }

    private static Task<GoodsReceipt?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.GoodsReceipts.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Validates the whole form and converts every line; the first problem is returned and nothing is saved.</summary>
    private static async Task<Result<(DocumentLocation, GoodsReceiptHeader, List<GoodsReceiptLineData>)>> CheckAsync(
        ErpDbContext db, GoodsReceiptInput input, CancellationToken ct)
    {
        var location = await InventoryDocumentRules.LocationAsync(db, input.LocationId, ct);
        if (!location.IsSuccess)
        {
            return location.Error!;
        }

        if (input.Date is null)
        {
            return Error.Validation("Enter the receipt date.");
        }

        var currency = string.IsNullOrWhiteSpace(input.Currency) ? location.Value.BaseCurrency : input.Currency.Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            return Error.Validation("Currency must be a three-letter ISO code such as USD.");
        }

        var rate = currency == location.Value.BaseCurrency ? 1m : input.ExchangeRate;
        if (rate <= 0m)
        {
            return Error.Validation("The exchange rate must be greater than zero.");
        }

        if (input.Lines.Count == 0)
        {
            return InventoryErrors.NoLines;
        }

        var lines = new List<GoodsReceiptLineData>(input.Lines.Count);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            if (line.Quantity <= 0m)
            {
                return InventoryDocumentRules.OnLine(i + 1, InventoryErrors.QuantityNotPositive);
            }

            if (line.UnitCost < 0m)
            {
                return InventoryDocumentRules.OnLine(i + 1, Error.Validation("The unit cost cannot be negative."));
            }

            var converted = await InventoryDocumentRules.ConvertAsync(db, i + 1, line.ProductId, line.UnitId, line.Quantity, ct);
            if (!converted.IsSuccess)
            {
                return converted.Error!;
            }

            // Cost per base unit in the base currency: 24.00 EUR a box of 12 at 1.10 → 2.2000 per piece.
            var baseUnitCost = CostRounding.UnitCost(line.UnitCost * rate / converted.Value.FactorOf(line.Quantity));
            lines.Add(new GoodsReceiptLineData(line.ProductId!.Value, converted.Value.UnitId, line.Quantity, line.UnitCost,
                converted.Value.BaseQuantity, baseUnitCost));
        }

        var header = new GoodsReceiptHeader(location.Value.Id, DateOnly.FromDateTime(input.Date.Value), input.SupplierReference,
            currency, rate, input.Note);
        return (location.Value, header, lines);
    }
}
