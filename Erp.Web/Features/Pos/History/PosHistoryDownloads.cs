using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sales;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Pos.History;

/// <summary>Excel of the sales history as the grid shows it (its filters and sort in the query string).</summary>
public static class PosHistoryDownloads
{
    public const string ExportPath = "/pos/sales/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<PosSaleRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Sold at (UTC)", r => r.SoldAt.UtcDateTime, ExcelFormat.DateTime, Width: 18),
        new("Status", r => r.Status.ToString(), Width: 11),
        new("Register", r => r.Register, Width: 20),
        new("Cashier", r => r.Cashier, Width: 20),
        new("Customer", r => r.Customer, Width: 26),
        new("Currency", r => r.Currency, Width: 9),
        new("Total", r => r.Gross, ExcelFormat.Number, Width: 14),
        new("Returned", r => r.Returned, ExcelFormat.Number, Width: 14),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
    ];

    public static string ExportUrl(PosSaleListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&from={q.From:yyyy-MM-dd}&to={q.To:yyyy-MM-dd}&register={q.RegisterId}&cashier={Uri.EscapeDataString(q.CashierId ?? "")}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapPosHistoryDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PosPermissions.Sell);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? status, string? from, string? to, string? register, string? cashier,
        string? sort, string? desc, PosSaleQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        PosSaleStatus? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<PosSaleStatus>(status, true, out var s) || s is not (PosSaleStatus.Completed or PosSaleStatus.Held))
            {
                return Results.BadRequest("The status must be Completed or Held.");
            }

            parsedStatus = s;
        }

        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate) || !TryGuid(register, out var registerId)
            || !(string.IsNullOrWhiteSpace(desc) || bool.TryParse(desc, out _)))
        {
            return Results.BadRequest("The dates are yyyy-MM-dd, the register an id and desc true or false.");
        }

        var query = new PosSaleListQuery(search, parsedStatus, fromDate, toDate, registerId, string.IsNullOrWhiteSpace(cashier) ? null : cashier,
            sort, string.Equals(desc, "true", StringComparison.OrdinalIgnoreCase));
        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return result.Error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
        }

        var file = await exporter.ExportAsync("POS sales", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"pos-sales-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }

    private static bool TryGuid(string? text, out Guid? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = Guid.TryParse(text.Trim(), out var parsed);
        id = ok ? parsed : null;
        return ok;
    }
}
