using Erp.Web.Infrastructure.Grids;
namespace Erp.Web.Features.Platform.Users;

/// <summary>One member of the tenant in the users grid and its Excel export.</summary>
public sealed record UserRow(string UserId, string Name, string Email, IReadOnlyList<string> Roles, bool IsActive,
    DateTimeOffset? LastSignIn);

/// <summary>
/// The grid's current view: search in name and email, role and active filters, sort key (see
/// <see cref="UserQueries.SortKeys"/>) and direction. The Excel download takes the same fields from its query string.
/// </summary>
public sealed record UserListQuery(string? Search = null, Guid? Role = null, bool? Active = null, string? Sort = null,
    bool Desc = false);

/// <summary>The export's rows, read lazily from the database while the workbook is written.</summary>
public sealed record UserExportRows(IAsyncEnumerable<UserRow> Rows);

/// <summary>Everything the printed user access report shows.</summary>
public sealed record UserAccessReport(string TenantName, string OrganizationName, DateTimeOffset GeneratedAt,
    IReadOnlyList<UserAccessLine> Members);

public sealed record UserAccessLine(string Name, string Email, bool IsActive, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions);
