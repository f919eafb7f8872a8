using Erp.Domain.Platform;
using static Erp.Domain.Platform.BuiltInRoles;

namespace Erp.Domain.Catalog;

public static class CatalogPermissions
{
    public const string View = "Catalog.View";
    public const string Manage = "Catalog.Manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(View, "See products, categories, brands, attributes and units",
            [Admin, Manager, InventoryManager, ShopManager, Cashier, SalesRep, Buyer]),
        new(Manage, "Create, edit, import and archive products and their categories, brands, attributes and units",
            [Admin, Manager, InventoryManager]),
    ];
}
