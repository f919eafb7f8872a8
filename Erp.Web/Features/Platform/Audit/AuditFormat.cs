using System.Globalization;
using System.Text.Json;
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

    /// <summary>For list fields (e.g. a role's permissions): the items added and removed, or null for other values.</summary>
    public static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed)? ListDiff(AuditChange change)
    {
        if (AsList(change.Old) is not { } old || AsList(change.New) is not { } @new)
        {
            return null;
        }

        return (@new.Except(old, StringComparer.Ordinal).ToList(), old.Except(@new, StringComparer.Ordinal).ToList());
    }

    private static List<string>? AsList(string? value)
    {
        if (value is not ['[', ..])
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
