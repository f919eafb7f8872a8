using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Web.Features.Sales.Receivables;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>
/// Invoice PDF and Excel downloads, the payments and aging exports and the statement PDF. The policy refuses users
/// without Sales.View; the services check it again and read only the signed-in tenant's rows (others → 404).
/// </summary>
public static class InvoiceDownloadEndpoints
{
    public const string InvoiceExportPath = "/sales/invoices/export.xlsx";
    public const string PaymentExportPath = "/sales/payments/export.xlsx";
    public const string AgingExportPath = "/sales/receivables/aging/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<InvoiceRow>> InvoiceColumns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.InvoiceDate, ExcelFormat.Date, Width: 12),
        new("Due", r => r.DueDate, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 13),
        new("Overdue", r => r.IsOverdue ? "Yes" : "", Width: 9),
        new("Customer code", r => r.CustomerCode, Width: 14),
        new("Customer", r => r.CustomerName, Width: 30),
        new("Currency", r => r.Currency, Width: 9),
        new("Total", r => r.Gross, ExcelFormat.Number, Width: 14),
        new("Paid and credited", r => r.Paid, ExcelFormat.Number, Width: 14),
        new("Due amount", r => r.Due, ExcelFormat.Number, Width: 14),
    ];

    public static readonly IReadOnlyList<ExcelColumn<PaymentRow>> PaymentColumns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Customer", r => r.CustomerName, Width: 30),
        new("Method", r => r.Method, Width: 16),
        new("Reference", r => r.Reference, Width: 18),
        new("Currency", r => r.Currency, Width: 9),
        new("Amount", r => r.Amount, ExcelFormat.Number, Width: 14),
        new("Allocated", r => r.Allocated, ExcelFormat.Number, Width: 14),
        new("Credit", r => r.Unallocated, ExcelFormat.Number, Width: 14),
    ];

    public static readonly IReadOnlyList<ExcelColumn<AgingRow>> AgingColumns =
    [
        new("Customer code", r => r.CustomerCode, Width: 14),
        new("Customer", r => r.CustomerName, Width: 30),
        new("Current", r => r.Current, ExcelFormat.Number, Width: 14),
        new("1–30", r => r.Days1To30, ExcelFormat.Number, Width: 14),
        new("31–60", r => r.Days31To60, ExcelFormat.Number, Width: 14),
        new("61–90", r => r.Days61To90, ExcelFormat.Number, Width: 14),
        new("90+", r => r.Over90, ExcelFormat.Number, Width: 14),
        new("Total", r => r.Total, ExcelFormat.Number, Width: 14),
    ];

    public static string InvoicePdfUrl(Guid id, PaperSize paper = PaperSize.A4, bool words = false) =>
        string.Create(CultureInfo.InvariantCulture, $"/sales/invoices/{id}/pdf?paper={paper}&words={words}");

    public static string StatementPdfUrl(Guid customerId, DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"/sales/customers/{customerId}/statement.pdf?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

    public static string InvoiceExportUrl(InvoiceListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{InvoiceExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&customer={q.CustomerId}&overdue={q.Overdue}&sort={q.Sort}&desc={q.Desc}");

    public static string PaymentExportUrl(PaymentListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{PaymentExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&customer={q.CustomerId}&sort={q.Sort}&desc={q.Desc}");

    public static string AgingExportUrl(AgingQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{AgingExportPath}?asOf={q.AsOf:yyyy-MM-dd}&search={Uri.EscapeDataString(q.Search ?? "")}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapInvoiceDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sales/invoices/{id:guid}/pdf", InvoicePdfAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet(InvoiceExportPath, ExportInvoicesAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet(PaymentExportPath, ExportPaymentsAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet(AgingExportPath, ExportAgingAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet("/sales/customers/{id:guid}/statement.pdf", StatementPdfAsync).RequireAuthorization(SalesPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> InvoicePdfAsync(Guid id, string? paper, string? words, InvoiceQueries queries,
        DocumentService documents, CancellationToken ct)
    {
        if (!TryEnum(paper, out PaperSize? size) || !TryBool(words, out var inWords))
        {
            return Results.BadRequest("paper must be A4 or Letter and words true or false.");
        }

        var invoice = await queries.GetAsync(id, ct);
        if (!invoice.IsSuccess)
        {
            return Refused(invoice.Error!);
        }

        var title = invoice.Value.IsDraft ? "Draft invoice" : $"Invoice {invoice.Value.Number}";
        var pdf = await documents.RenderPdfAsync<InvoicePdf>(
            new Dictionary<string, object?> { [nameof(InvoicePdf.Invoice)] = invoice.Value, [nameof(InvoicePdf.AmountInWords)] = inWords },
            new DocumentInfo(title, invoice.Value.Issuer.LegalName ?? invoice.Value.Issuer.Name, size ?? PaperSize.A4), ct);
        return Results.File(pdf, "application/pdf", $"{(invoice.Value.IsDraft ? "draft-invoice" : invoice.Value.Number)}.pdf");
    }

    private static async Task<IResult> StatementPdfAsync(Guid id, string? from, string? to, ReceivableQueries queries,
        DocumentService documents, CancellationToken ct)
    {
        if (!TryDate(from, out var start) || !TryDate(to, out var end))
        {
            return Results.BadRequest("from and to must be dates (yyyy-MM-dd).");
        }

        var today = queries.Today;
        var statement = await queries.StatementAsync(id, start ?? new DateOnly(today.Year, today.Month, 1), end ?? today, ct);
        if (!statement.IsSuccess)
        {
            return statement.Error!.Code == "common.validation" ? Results.BadRequest(statement.Error.Message) : Refused(statement.Error);
        }

        var pdf = await documents.RenderPdfAsync<StatementPdf>(
            new Dictionary<string, object?> { [nameof(StatementPdf.Statement)] = statement.Value },
            new DocumentInfo($"Statement {statement.Value.CustomerCode}", statement.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"statement-{statement.Value.CustomerCode}.pdf");
    }

    private static async Task<IResult> ExportInvoicesAsync(string? search, string? status, string? customer, string? overdue, string? sort,
        string? desc, InvoiceQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryEnum(status, out SalesInvoiceStatus? parsedStatus) || !TryGuid(customer, out var customerId)
            || !TryBool(overdue, out var isOverdue) || !TryBool(desc, out var descending))
        {
            return Results.BadRequest("status must be a status name, customer an id, overdue and desc true or false.");
        }

        var result = await queries.ExportAsync(new InvoiceListQuery(search, parsedStatus, customerId, isOverdue, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Invoices", InvoiceColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"invoices-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> ExportPaymentsAsync(string? search, string? customer, string? sort, string? desc,
        PaymentQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryGuid(customer, out var customerId) || !TryBool(desc, out var descending))
        {
            return Results.BadRequest("customer must be an id and desc true or false.");
        }

        var result = await queries.ExportAsync(new PaymentListQuery(search, customerId, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Payments", PaymentColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"payments-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> ExportAgingAsync(string? asOf, string? search, string? sort, string? desc, ReceivableQueries queries,
        ExcelExporter exporter, CancellationToken ct)
    {
        if (!TryDate(asOf, out var date) || !TryBool(desc, out var descending))
        {
            return Results.BadRequest("asOf must be a date (yyyy-MM-dd) and desc true or false.");
        }

        var query = new AgingQuery(date ?? queries.Today, search, sort, descending);
        var result = await queries.AgingExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Aging", AgingColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, string.Create(CultureInfo.InvariantCulture, $"aging-{query.AsOf:yyyy-MM-dd}.xlsx"));
    }

    private static bool TryEnum<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryBool(string? text, out bool value)
    {
        value = false;
        return string.IsNullOrWhiteSpace(text) || bool.TryParse(text.Trim(), out value);
    }

    private static bool TryGuid(string? text, out Guid? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = Guid.TryParse(text.Trim(), out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static bool TryDate(string? text, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
