namespace Erp.Web.Infrastructure.Live;

/// <summary>
/// Tells open screens which kinds of records a committed use case changed (sales orders, invoices, payments…), so that
/// dashboards and lists refresh without a reload. Screens check the tenant and the types they show. One per application.
/// </summary>
public sealed class DataChangeNotifier
{
    public event Action<DataChanged>? Changed;

    public void Publish(DataChanged change)
    {
        if (change.Types.Count > 0)
        {
            Changed?.Invoke(change);
        }
    }
}

/// <summary>Records of <see cref="Types"/> (entity classes) were added, changed or removed in the tenant.</summary>
public sealed record DataChanged(Guid TenantId, IReadOnlySet<Type> Types);
