using Erp.Domain.Catalog;

namespace Erp.Web.Features.Catalog.Products;

public static class ProductKinds
{
    public static string Label(ProductKind kind) => kind switch
    {
        ProductKind.WithVariants => "With variants",
        ProductKind.Kit => "Kit",
        ProductKind.Variant => "Variant",
        _ => "Simple",
    };
}
