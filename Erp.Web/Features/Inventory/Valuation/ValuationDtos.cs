namespace Erp.Web.Features.Inventory.Valuation;

public enum ValuationGrouping
{
    /// <summary>Per warehouse or shop (top-level location, sub-locations rolled up), plus "In transit".</summary>
    Warehouse = 0,
    Category = 1,
}

/// <summary>The report's question: one organization (its base currency), as of the end of a day in the tenant's time zone.</summary>
public sealed record ValuationQuery(Guid? OrganizationId = null, DateOnly? AsOf = null, ValuationGrouping GroupBy = ValuationGrouping.Warehouse);

/// <summary>One group: quantity and value summed from movements; unit cost = round4(value / quantity).</summary>
public sealed record ValuationRow(string Group, decimal Quantity, decimal Value, decimal? UnitCost, bool IsTotal = false);

public sealed record ValuationReport(
    Guid OrganizationId,
    string OrganizationName,
    string Currency,
    DateOnly AsOf,
    string TimeZone,
    ValuationGrouping GroupBy,
    IReadOnlyList<ValuationRow> Rows,
    ValuationRow Total,
    DateTimeOffset GeneratedAt)
{
    public string GroupTitle => GroupBy == ValuationGrouping.Category ? "Category" : "Warehouse";

    /// <summary>The groups followed by the grand total, as exported.</summary>
    public IEnumerable<ValuationRow> RowsWithTotal => Rows.Append(Total);
}

public sealed record ValuationOrganization(Guid Id, string Name, string Currency);
