namespace Erp.Web.Features.Inventory.Ledger;

/// <summary>
/// Tells open screens (lists, stock cards, the dashboard widget) that stock of some products changed, after the
/// change is committed. Screens subscribe, check the tenant and reload what they show. One per application.
/// </summary>
public sealed class StockChangeNotifier
{
    public event Action<StockChanged>? Changed;

    public void Publish(StockChanged change)
    {
        if (change.ProductIds.Count > 0)
        {
            Changed?.Invoke(change);
        }
    }
}

public sealed record StockChanged(Guid TenantId, IReadOnlyCollection<Guid> ProductIds, IReadOnlyCollection<Guid> LocationIds);
