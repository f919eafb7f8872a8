using System.Globalization;
using ClosedXML.Excel;
using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Import;

/// <summary>One refused row of an import file: its line number in the sheet and why.</summary>
public sealed record ImportProblem(int Line, string Reason);

public sealed record ImportOutcome(int Imported, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports simple products from an .xlsx whose first row holds the headers of <see cref="Columns"/>. Every row is
/// checked first; one bad row imports nothing, and every bad row is reported with its line number and reason.
/// Categories, brands and units are matched by name (units by code) in this tenant; they are not created.
/// </summary>
public sealed class ProductImportCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public const int MaxRows = 50_000;

    public static readonly IReadOnlyList<string> Columns =
        ["SKU", "Name", "Barcode", "Category", "Brand", "Unit", "Cost", "Price", "Tax category", "Reorder point", "Reorder quantity"];

    public async Task<Result<ImportOutcome>> ImportAsync(Stream workbook, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        List<ImportRow> rows;
        try
        {
            rows = ImportSheet.Read(workbook, Columns);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or FormatException or IOException
                                       or InvalidOperationException)
        {
            return Error.Validation($"The file could not be read as an Excel workbook with the product columns: {ex.Message}");
        }

        if (rows.Count > MaxRows)
        {
            return Error.Validation($"At most {MaxRows:N0} rows can be imported at once.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await NameMapAsync(db.Categories.Select(c => new { c.Name, c.Id }).ToListAsync(ct), x => x.Name, x => x.Id);
        var brands = await NameMapAsync(db.Brands.Select(b => new { b.Name, b.Id }).ToListAsync(ct), x => x.Name, x => x.Id);
        var units = await NameMapAsync(db.Units.Select(u => new { u.Code, u.Id }).ToListAsync(ct), x => x.Code, x => x.Id);
        var used = await db.Products.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Select(p => new { p.Sku, p.Barcode }).ToListAsync(ct);
        var skus = used.Select(u => u.Sku).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var barcodes = used.Select(u => u.Barcode).ToHashSet(StringComparer.Ordinal);

        var problems = new List<ImportProblem>();
        var valid = new List<(ProductFields Fields, string Sku, string? Barcode)>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var sku = ProductChecks.NormalizeSku(row["SKU"]);
            var barcode = ProductChecks.NormalizeBarcode(row["Barcode"]);
            if (sku.Length == 0)
            {
                reasons.Add("SKU is required");
            }
            else if (!skus.Add(sku))
            {
                reasons.Add($"SKU {sku} is already used (by another product or an earlier row)");
            }

            if (string.IsNullOrWhiteSpace(row["Name"]))
            {
                reasons.Add("Name is required");
            }

            if (barcode is not null && !Ean13.IsValid(barcode))
            {
                reasons.Add($"barcode {barcode} is not a valid EAN-13");
            }
            else if (barcode is not null && !barcodes.Add(barcode))
            {
                reasons.Add($"barcode {barcode} is already used");
            }

            var categoryId = Lookup(row["Category"], categories, "category", reasons);
            var brandId = Lookup(row["Brand"], brands, "brand", reasons);
            var unitId = string.IsNullOrWhiteSpace(row["Unit"]) ? null : Lookup(row["Unit"], units, "unit", reasons);
            if (string.IsNullOrWhiteSpace(row["Unit"]))
            {
                reasons.Add("Unit is required");
            }

            var cost = Amount(row["Cost"], "Cost", reasons);
            var price = Amount(row["Price"], "Price", reasons);
            var reorderPoint = Amount(row["Reorder point"], "Reorder point", reasons);
            var reorderQuantity = Amount(row["Reorder quantity"], "Reorder quantity", reasons);
            if (reasons.Count == 0)
            {
                var fields = new ProductFields(row["Name"]!.Trim(), unitId!.Value, cost, price, categoryId, brandId, null,
                    row["Tax category"], reorderPoint, reorderQuantity);
                if (fields.Name.Length > 200 || sku.Length > 64 || fields.TaxCategory?.Trim().Length > 50)
                {
                    reasons.Add("a text is too long (name 200, SKU 64, tax category 50 characters)");
                }
                else
                {
                    valid.Add((fields, sku, barcode));
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

        var generated = await ProductChecks.NextBarcodesAsync(db, valid.Count(v => v.Barcode is null), ct);
        foreach (var (fields, sku, barcode) in valid)
        {
            db.Products.Add(new Product(ProductKind.Simple, fields, sku, barcode ?? generated.Dequeue()));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CatalogErrors.ChangedByAnotherUser;
        }

        return new ImportOutcome(valid.Count, []);
    }

    private static async Task<Dictionary<string, Guid>> NameMapAsync<T>(Task<List<T>> items, Func<T, string> name, Func<T, Guid> id)
    {
        var map = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in await items)
        {
            map.TryAdd(name(item), id(item));
        }

        return map;
    }

    private static Guid? Lookup(string? name, Dictionary<string, Guid> map, string what, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (map.TryGetValue(name.Trim(), out var id))
        {
            return id;
        }

        reasons.Add($"unknown {what} \"{name.Trim()}\"");
        return null;
    }

    private static decimal Amount(string? text, string field, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0m;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            reasons.Add($"{field} \"{text}\" is not a number");
            return 0m;
        }

        if (value < 0)
        {
            reasons.Add($"{field} cannot be negative");
        }

        return value;
    }
}

/// <summary>One data row of the sheet: its line number and its cells by header.</summary>
public sealed class ImportRow(int line, Dictionary<string, string?> cells)
{
    public int Line { get; } = line;

    public string? this[string column] => cells.GetValueOrDefault(column);
}

internal static class ImportSheet
{
    /// <summary>Reads the first sheet; headers are matched case-insensitively and must include every expected column.</summary>
    public static List<ImportRow> Read(Stream workbook, IReadOnlyList<string> columns)
    {
        using var book = new XLWorkbook(workbook);
        var sheet = book.Worksheets.First();
        var header = sheet.Row(1);
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in header.CellsUsed())
        {
            positions.TryAdd(cell.GetString().Trim(), cell.Address.ColumnNumber);
        }

        var missing = columns.Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"missing column(s) {string.Join(", ", missing)}");
        }

        var rows = new List<ImportRow>();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var line = 2; line <= last; line++)
        {
            var row = sheet.Row(line);
            if (row.IsEmpty())
            {
                continue;
            }

            rows.Add(new ImportRow(line, columns.ToDictionary(c => c, c => CellText(row.Cell(positions[c])), StringComparer.OrdinalIgnoreCase)));
        }

        return rows;
    }

    // Numbers come back in invariant form so "12.5" parses the same whatever the server culture.
    private static string? CellText(IXLCell cell) => cell.IsEmpty()
        ? null
        : cell.DataType == XLDataType.Number
            ? cell.GetDouble().ToString("R", CultureInfo.InvariantCulture)
            : cell.GetString();
}
