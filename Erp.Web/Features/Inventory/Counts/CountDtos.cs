using System.ComponentModel.DataAnnotations;
using Erp.Domain.Inventory.Counts;

namespace Erp.Web.Features.Inventory.Counts;

/// <summary>One count in the counts grid and its Excel export.</summary>
public sealed record CountRow(Guid Id, string Number, DateOnly CountDate, StockCountStatus Status, string Location,
    bool IncludeSubLocations, string? Category, int Lines, int Counted, DateTimeOffset? PostedAt)
{
    public string Scope => (Category is null ? "Full count" : "Cycle: " + Category) + (IncludeSubLocations ? "" : " (this location only)");
}

/// <summary>The grid's view: search in number, status filter, whitelisted sort key and direction.</summary>
public sealed record CountListQuery(string? Search = null, StockCountStatus? Status = null, string? Sort = null, bool Desc = false);

/// <summary>The export's rows, read lazily while the workbook is written.</summary>
public sealed record CountExportRows(IAsyncEnumerable<CountRow> Rows);

/// <summary>A count with its lines, for the detail page.</summary>
public sealed record CountDetails(
    Guid Id, string Number, StockCountStatus Status, IReadOnlyList<StockCountStatus> AllowedNext, Guid OrganizationId,
    string OrganizationName, Guid LocationId, string Location, bool IncludeSubLocations, Guid? CategoryId, string? Category,
    DateOnly CountDate, string? Note, string Currency, DateTimeOffset? FrozenAt, DateTimeOffset? PostedAt,
    IReadOnlyList<CountLineRow> Lines)
{
    public int CountedLines => Lines.Count(l => l.Counted is not null);
    public int UncountedLines => Lines.Count - CountedLines;
    public decimal GainValue => Lines.Sum(l => Math.Max(l.DifferenceValue ?? 0m, 0m));
    public decimal LossValue => Lines.Sum(l => Math.Min(l.DifferenceValue ?? 0m, 0m));
}

/// <summary>
/// One line: expected (frozen), counted and the difference in the base unit, and the difference's value at the current
/// cost (after posting: the value actually posted).
/// </summary>
public sealed record CountLineRow(Guid Id, Guid ProductId, string Sku, string ProductName, string Unit, Guid LocationId,
    string Location, decimal Expected, decimal? Counted, decimal UnitCost, bool AddedWhileCounting, decimal? PostedQuantity,
    decimal? PostedValue)
{
    public decimal? Difference => Counted - Expected;

    public decimal? DifferenceValue => PostedValue ?? (Difference is { } d ? Math.Round(d * UnitCost, 2, MidpointRounding.AwayFromZero) : null);
}

/// <summary>A category choice for a cycle count, with its place in the tree.</summary>
public sealed record CategoryOption(Guid Id, string Path, int Depth);

/// <summary>The new/edit form of a draft count.</summary>
public sealed class CountInput
{
    [Required(ErrorMessage = "Choose the location to count.")]
    public Guid? LocationId { get; set; }

    public bool IncludeSubLocations { get; set; } = true;

    public Guid? CategoryId { get; set; }

    [Required(ErrorMessage = "Enter the count date.")]
    public DateTime? CountDate { get; set; }

    [StringLength(500, ErrorMessage = "The note must be at most 500 characters.")]
    public string? Note { get; set; }
}

/// <summary>What a scan did: the line it counted and its new counted quantity.</summary>
public sealed record ScanResult(Guid LineId, string Sku, string ProductName, string Location, decimal Counted, bool NewLine);

/// <summary>The printed count sheet: lines by location, expected quantities only when asked for.</summary>
public sealed record CountSheet(string Number, string OrganizationName, string Location, string Scope, StockCountStatus Status,
    DateOnly CountDate, string? Note, DateTimeOffset? FrozenAt, bool ShowExpected, IReadOnlyList<CountLineRow> Lines);
