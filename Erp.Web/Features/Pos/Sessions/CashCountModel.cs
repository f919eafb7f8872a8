using Erp.Domain.Pos.Sessions;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>A drawer count being entered: notes and coins by value, or one typed amount.</summary>
public sealed class CashCountModel
{
    public CashCountModel(string? currency)
    {
        Denominations = Sessions.Denominations.For(currency);
        Counts = Denominations.ToDictionary(d => d, _ => 0);
    }

    public IReadOnlyList<decimal> Denominations { get; }
    public Dictionary<decimal, int> Counts { get; }
    public bool ByDenomination { get; set; } = true;
    public decimal Amount { get; set; }

    public decimal Total => ByDenomination ? Counts.Sum(c => c.Key * c.Value) : Amount;

    /// <summary>The counts to record (none when an amount was typed).</summary>
    public IReadOnlyList<DenominationCount> ToCounts() =>
        ByDenomination ? [.. Counts.Where(c => c.Value > 0).Select(c => new DenominationCount(c.Key, c.Value))] : [];
}
