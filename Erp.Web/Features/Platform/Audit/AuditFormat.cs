using System.Globalization;
using Erp.Domain.Platform.Audit;

namespace Erp.Web.Features.Platform.Audit;

/// <summary>How audit rows read on screen. Times are UTC until the user's time zone formatter arrives.</summary>
public static class AuditFormat
{
    public static string When(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    public static string Value(string? value) => string.IsNullOrEmpty(value) ? "(empty)" : value;

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Added => "Created",
        AuditAction.Modified => "Changed",
        AuditAction.Deleted => "Deleted",
        AuditAction.SoftDeleted => "Deleted (kept)",
        _ => action.ToString(),
    };
}
