using Erp.Domain.Common;

namespace Erp.Domain.Inventory;

/// <summary>A reason a tenant offers for stock adjustments (damage, loss, found, expiry, correction…).</summary>
public sealed class AdjustmentReason : TenantEntity
{
    public static readonly IReadOnlyList<string> StandardNames = ["Damage", "Loss", "Found", "Expiry", "Correction"];

    private AdjustmentReason() { }

    public AdjustmentReason(string name) => Rename(name);

    public string Name { get; private set; } = "";
    public bool IsActive { get; private set; } = true;

    public void Rename(string name) => Name = Text.Required(name, 100, "Reason");

    public void SetActive(bool active) => IsActive = active;
}
