using Erp.Web.Features.Inventory.Shared;

namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>One editable line of a document form: the picked product, its units and what was typed.</summary>
public sealed class DocumentLineModel
{
    public StockProductOption? Product { get; set; }
    public IReadOnlyList<UnitChoice> Units { get; set; } = [];
    public Guid? UnitId { get; set; }
    public decimal Quantity { get; set; }
    public decimal? UnitCost { get; set; }

    /// <summary>Loads the units of a newly picked product and starts it in its base unit at its catalog cost.</summary>
    public async Task PickAsync(StockProductOption? product, InventoryLookups lookups, bool defaultCost)
    {
        Product = product;
        Units = product is null ? [] : await lookups.UnitsForAsync(product.Id);
        UnitId = Units.Count > 0 ? Units[0].Id : null;
        if (defaultCost)
        {
            UnitCost = product?.Cost;
        }
    }
}
