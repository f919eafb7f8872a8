using Erp.Domain.Catalog;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Purchasing;

public sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(30);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.TaxId).HasMaxLength(50);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(50);
        builder.Property(s => s.Website).HasMaxLength(200);
        builder.Property(s => s.AddressLine1).HasMaxLength(200);
        builder.Property(s => s.AddressLine2).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.PostalCode).HasMaxLength(20);
        builder.Property(s => s.State).HasMaxLength(100);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.CurrencyCode).HasMaxLength(3);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.Ignore(s => s.Address);
        builder.HasIndex(s => new { s.TenantId, s.Code }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.TaxId });
        builder.HasIndex(s => new { s.TenantId, s.Name, s.Code, s.Id, s.IsActive, s.Country, s.IsDeleted });
        builder.HasOne<PaymentTerm>().WithMany().HasForeignKey(s => s.PaymentTermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupplierContactConfiguration : IEntityTypeConfiguration<SupplierContact>
{
    public void Configure(EntityTypeBuilder<SupplierContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.HasIndex(c => c.SupplierId);
    }
}

public sealed class SupplierProductConfiguration : IEntityTypeConfiguration<SupplierProduct>
{
    public void Configure(EntityTypeBuilder<SupplierProduct> builder)
    {
        builder.Property(p => p.SupplierSku).HasMaxLength(100);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.HasIndex(p => new { p.TenantId, p.SupplierId, p.ProductId }).IsUnique().HasFilter("\"IsDeleted\" = 0");
        // One preferred supplier per product, held by the database.
        builder.HasIndex(p => new { p.TenantId, p.ProductId }).IsUnique().HasFilter("\"IsPreferred\" = 1 AND \"IsDeleted\" = 0")
            .HasDatabaseName("IX_SupplierProducts_PreferredPerProduct");
        builder.HasIndex(p => new { p.TenantId, p.ProductId, p.IsPreferred, p.SupplierId, p.IsDeleted });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.PriceBreaks).WithOne().HasForeignKey(b => b.SupplierProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.PriceBreaks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupplierPriceBreakConfiguration : IEntityTypeConfiguration<SupplierPriceBreak>
{
    public void Configure(EntityTypeBuilder<SupplierPriceBreak> builder) => builder.HasIndex(b => b.SupplierProductId);
}

public sealed class PurchasingSettingsConfiguration : IEntityTypeConfiguration<PurchasingSettings>
{
    public void Configure(EntityTypeBuilder<PurchasingSettings> builder)
    {
        builder.Property(s => s.OtherCurrencies).HasMaxLength(200);
        builder.Ignore(s => s.OtherCurrencyList);
        builder.HasIndex(s => s.TenantId).IsUnique();
    }
}
