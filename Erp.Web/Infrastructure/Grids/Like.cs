namespace Erp.Web.Infrastructure.Grids;

/// <summary>Escapes user text for a SQL LIKE pattern (escape character <c>\</c>).</summary>
internal static class Like
{
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>"%text%" for a contains search.</summary>
    public static string Contains(string text) => "%" + Escape(text.Trim()) + "%";
}
