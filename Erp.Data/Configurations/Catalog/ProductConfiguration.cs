using Erp.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Catalog;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Sku).HasMaxLength(64);
        builder.Property(p => p.Barcode).HasMaxLength(13);
        builder.Property(p => p.VariantLabel).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.TaxCategory).HasMaxLength(50);
        // Unique per tenant, deleted rows included (they keep their codes); the list searches and sorts on these.
        builder.HasIndex(p => new { p.TenantId, p.Sku }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.Barcode }).IsUnique();
        // The list's sort keys with the tie-break and the default filters (archived, deleted): paging skips rows in the
        // index without reading the table. The name index also holds SKU and barcode, so a search (name anywhere, codes
        // by prefix) and its count read only the index. Price/cost sort on SQLite uses the integer companion keys.
        builder.HasIndex(p => new { p.TenantId, p.Name, p.Sku, p.Barcode, p.IsActive, p.IsDeleted });
        builder.HasIndex(p => new { p.TenantId, p.PriceSortKey, p.Sku, p.IsActive, p.IsDeleted });
        builder.HasIndex(p => new { p.TenantId, p.CostSortKey, p.Sku, p.IsActive, p.IsDeleted });
        // The stock-status filter matches product ids against the stock totals; with the default filters and the kind in
        // the same index, that match and its count read no table rows (issue 3, docs/performance.md).
        builder.HasIndex(p => new { p.TenantId, p.Id, p.IsActive, p.IsDeleted, p.Kind });
        builder.HasIndex(p => new { p.TenantId, p.CategoryId });
        builder.HasIndex(p => new { p.TenantId, p.BrandId });
        builder.HasIndex(p => p.ParentId);
        builder.HasOne<Product>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Brand>().WithMany().HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.PurchaseUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.KitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Components).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class KitComponentConfiguration : IEntityTypeConfiguration<KitComponent>
{
    public void Configure(EntityTypeBuilder<KitComponent> builder)
    {
        builder.HasIndex(c => new { c.KitId, c.ComponentId }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.Property(i => i.Data).HasMaxLength(ProductImage.MaxBytes);
        builder.HasIndex(i => i.ProductId);
        builder.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
