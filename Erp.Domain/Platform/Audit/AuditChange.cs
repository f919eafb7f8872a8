using System.Text.Json;

namespace Erp.Domain.Platform.Audit;

/// <summary>One field of one audited change, values formatted invariantly (null when absent).</summary>
public sealed record AuditChange(string Field, string? Old, string? New)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IReadOnlyList<AuditChange> changes) => JsonSerializer.Serialize(changes, Json);

    public static IReadOnlyList<AuditChange> FromJson(string json) =>
        JsonSerializer.Deserialize<List<AuditChange>>(json, Json) ?? [];
}
