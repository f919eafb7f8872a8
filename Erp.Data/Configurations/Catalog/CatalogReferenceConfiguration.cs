using Erp.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Catalog;

public sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => new { c.TenantId, c.Name });
        builder.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.HasIndex(b => new { b.TenantId, b.Name });
    }
}

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Code).HasMaxLength(20);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Ignore(u => u.RootId);
        builder.HasIndex(u => new { u.TenantId, u.Code }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.BaseUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProductAttributeConfiguration : IEntityTypeConfiguration<ProductAttribute>
{
    public void Configure(EntityTypeBuilder<ProductAttribute> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.HasIndex(a => new { a.TenantId, a.Name });
        builder.HasMany(a => a.Values).WithOne().HasForeignKey(v => v.AttributeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AttributeValueConfiguration : IEntityTypeConfiguration<AttributeValue>
{
    public void Configure(EntityTypeBuilder<AttributeValue> builder) => builder.Property(v => v.Value).HasMaxLength(50);
}
