using System.Globalization;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>
/// Imports a price list's items from an .xlsx with the headers of <see cref="Columns"/> (what the export writes). Every
/// row is checked first; one bad row imports nothing and every bad row is reported. A row with the same product, minimum
/// quantity and validity as an existing item updates that item's price; any other row is added, unless it overlaps an
/// existing item or an earlier row (same product and minimum quantity, overlapping validity).
/// </summary>
public sealed class PriceListImportCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public const int MaxRows = 50_000;

    public static readonly IReadOnlyList<string> Columns = ["SKU", "Price", "Min quantity", "Valid from", "Valid to"];

    public async Task<Result<ImportOutcome>> ImportAsync(Guid listId, Stream workbook, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.PriceLists.AnyAsync(l => l.Id == listId, ct))
        {
            return Error.NotFound("The price list");
        }

        List<ImportRow> rows;
        try
        {
            rows = ImportSheet.Read(workbook, Columns);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or FormatException or IOException
                                       or InvalidOperationException)
        {
            return Error.Validation($"The file could not be read as an Excel workbook with the price columns: {ex.Message}");
        }

        if (rows.Count > MaxRows)
        {
            return Error.Validation($"At most {MaxRows:N0} rows can be imported at once.");
        }

        var skus = rows.Select(r => r["SKU"]?.Trim().ToUpperInvariant()).Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
        var products = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in skus.Chunk(500))
        {
            foreach (var p in await db.Products.Where(p => chunk.Contains(p.Sku)).Select(p => new { p.Sku, p.Id }).ToListAsync(ct))
            {
                products[p.Sku] = p.Id;
            }
        }

        var items = await db.PriceListItems.Where(i => i.PriceListId == listId).ToListAsync(ct);
        var byProduct = items.ToLookup(i => i.ProductId);
        var accepted = new List<(int Line, Guid ProductId, decimal Price, decimal Min, DateOnly? From, DateOnly? To)>();
        var updates = new List<(PriceListItem Item, decimal Price)>();
        var problems = new List<ImportProblem>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var sku = row["SKU"]?.Trim() ?? "";
            Guid productId = default;
            if (sku.Length == 0)
            {
                reasons.Add("SKU is required");
            }
            else if (!products.TryGetValue(sku, out productId))
            {
                reasons.Add($"no product has the SKU {sku}");
            }

            var price = Number(row["Price"], "Price", required: true, reasons);
            var min = Number(row["Min quantity"], "Min quantity", required: false, reasons);
            var from = Date(row["Valid from"], "Valid from", reasons);
            var to = Date(row["Valid to"], "Valid to", reasons);
            if (reasons.Count == 0 && PriceListItem.Check(price, min, from, to) is { } refused)
            {
                reasons.Add(refused.Message.TrimEnd('.'));
            }

            if (reasons.Count == 0)
            {
                var same = byProduct[productId].FirstOrDefault(i => i.MinQuantity == min && i.ValidFrom == from && i.ValidTo == to);
                if (accepted.FirstOrDefault(a => a.ProductId == productId && a.Min == min && Overlap(a.From, a.To, from, to)) is { Line: > 0 } earlier)
                {
                    reasons.Add($"it overlaps line {earlier.Line} (same product and minimum quantity)");
                }
                else if (same is null && byProduct[productId].Any(i => PriceListItem.Clash(productId, min, from, to, i)))
                {
                    reasons.Add("the list already has a price for this product and minimum quantity in an overlapping period");
                }
                else if (same is not null)
                {
                    updates.Add((same, price));
                    accepted.Add((row.Line, productId, price, min, from, to));
                }
                else
                {
                    accepted.Add((row.Line, productId, price, min, from, to));
                }
            }

            if (reasons.Count > 0)
            {
                problems.Add(new ImportProblem(row.Line, string.Join("; ", reasons) + "."));
            }
        }

        if (problems.Count > 0)
        {
            return new ImportOutcome(0, problems);
        }

        var updated = updates.Select(u => u.Item).ToHashSet();
        foreach (var (item, price) in updates)
        {
            item.Update(item.ProductId, price, item.MinQuantity, item.ValidFrom, item.ValidTo);
        }

        foreach (var a in accepted.Where(a => !updated.Any(u => u.ProductId == a.ProductId && u.MinQuantity == a.Min && u.ValidFrom == a.From && u.ValidTo == a.To)))
        {
            db.PriceListItems.Add(new PriceListItem(listId, a.ProductId, a.Price, a.Min, a.From, a.To));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await SalesSaving.SaveAsync(db, ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        await transaction.CommitAsync(ct);
        return new ImportOutcome(accepted.Count, []);
    }

    private static bool Overlap(DateOnly? aFrom, DateOnly? aTo, DateOnly? bFrom, DateOnly? bTo) =>
        (aFrom ?? DateOnly.MinValue) <= (bTo ?? DateOnly.MaxValue) && (bFrom ?? DateOnly.MinValue) <= (aTo ?? DateOnly.MaxValue);

    private static decimal Number(string? text, string field, bool required, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                reasons.Add($"{field} is required");
            }

            return 0m;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            reasons.Add($"{field} \"{text}\" is not a number");
        }

        return value;
    }

    /// <summary>A date cell: an Excel date (read back as its serial number), or text as yyyy-MM-dd.</summary>
    private static DateOnly? Date(string? text, string field, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }

        if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return DateOnly.FromDateTime(dateTime);
        }

        reasons.Add($"{field} \"{trimmed}\" is not a date (use yyyy-mm-dd)");
        return null;
    }
}
