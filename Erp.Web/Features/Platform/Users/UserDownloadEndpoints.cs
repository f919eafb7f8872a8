using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Platform.Users;

/// <summary>
/// Downloads of the users screen. The policy refuses users without the permission; the services check it again and
/// read only the signed-in tenant's members.
/// </summary>
public static class UserDownloadEndpoints
{
    public const string ExportPath = "/platform/users/export.xlsx";
    public const string AccessReportPath = "/platform/users/access-report.pdf";

    public static readonly IReadOnlyList<ExcelColumn<UserRow>> Columns =
    [
        new("Name", r => r.Name, Width: 28),
        new("Email", r => r.Email, Width: 34),
        new("Roles", r => string.Join(", ", r.Roles), Width: 30),
        new("Active", r => r.IsActive, ExcelFormat.Boolean, Width: 9),
        new("Last sign-in (UTC)", r => r.LastSignIn, ExcelFormat.DateTime, Width: 19),
    ];

    public static IEndpointRouteBuilder MapUserDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PlatformPermissions.ViewUsers);
        endpoints.MapGet(AccessReportPath, AccessReportAsync).RequireAuthorization(PlatformPermissions.ViewUsers);
        return endpoints;
    }

    /// <summary>The grid's view as a query string, for the Excel button.</summary>
    public static string ExportUrl(UserListQuery query) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ExportPath}?search={Uri.EscapeDataString(query.Search ?? "")}&role={query.Role}&active={query.Active}&sort={query.Sort}&desc={query.Desc}");

    // Filters come as plain strings: an empty value means "any" (the binder would refuse "role=" for a Guid?).
    private static async Task<IResult> ExportAsync(string? search, string? role, string? active, string? sort, string? desc,
        UserQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryParse(role, Guid.TryParse, out Guid? roleId) || !TryParse(active, bool.TryParse, out bool? isActive)
            || !TryParse(desc, bool.TryParse, out bool? descending))
        {
            return Results.BadRequest("The role, active and desc filters must be empty, an id, or true/false.");
        }

        var result = await queries.ExportAsync(new UserListQuery(search, roleId, isActive, sort, descending ?? false), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Users", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"users-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> AccessReportAsync(UserAccessReportQueries queries, DocumentService documents,
        TimeProvider clock, CancellationToken ct)
    {
        var report = await queries.GetAsync(ct);
        if (!report.IsSuccess)
        {
            return Refused(report.Error!);
        }

        var pdf = await documents.RenderPdfAsync<UserAccessReportPdf>(
            new Dictionary<string, object?> { [nameof(UserAccessReportPdf.Report)] = report.Value },
            new DocumentInfo("User access report", report.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"user-access-{clock.GetUtcNow():yyyy-MM-dd}.pdf");
    }

    private delegate bool Parser<T>(string text, out T value);

    private static bool TryParse<T>(string? text, Parser<T> parse, out T? value)
        where T : struct
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!parse(text.Trim(), out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
