using Erp.Domain.Catalog;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Requisitions;
using Erp.Domain.Purchasing.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Purchasing;

public sealed class PurchaseRequisitionConfiguration : IEntityTypeConfiguration<PurchaseRequisition>
{
    public void Configure(EntityTypeBuilder<PurchaseRequisition> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(50);
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ApprovedBy).HasMaxLength(450);
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        builder.HasIndex(r => new { r.TenantId, r.Status, r.RequestDate, r.IsDeleted });
        builder.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RequisitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PurchaseRequisitionLineConfiguration : IEntityTypeConfiguration<PurchaseRequisitionLine>
{
    public void Configure(EntityTypeBuilder<PurchaseRequisitionLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.Note).HasMaxLength(500);
        builder.HasIndex(l => new { l.RequisitionId, l.LineNumber }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> builder)
    {
        builder.Property(o => o.Number).HasMaxLength(50);
        builder.Property(o => o.SupplierCode).HasMaxLength(30);
        builder.Property(o => o.SupplierName).HasMaxLength(200);
        builder.Property(o => o.SupplierTaxId).HasMaxLength(50);
        builder.Property(o => o.SupplierAddress).HasMaxLength(1000);
        builder.Property(o => o.DeliveryAddress).HasMaxLength(1000);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.PaymentTermName).HasMaxLength(100);
        builder.Property(o => o.Notes).HasMaxLength(2000);
        builder.Property(o => o.BuyerId).HasMaxLength(450);
        builder.Property(o => o.BuyerName).HasMaxLength(200);
        builder.Property(o => o.ApprovedBy).HasMaxLength(450);
        builder.Ignore(o => o.BaseNetTotal);
        builder.Ignore(o => o.IsOpenForReceipt);
        builder.HasIndex(o => new { o.TenantId, o.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        builder.HasIndex(o => new { o.TenantId, o.Status, o.OrderDate, o.SupplierId, o.Source, o.IsDeleted });
        builder.HasIndex(o => new { o.TenantId, o.SupplierId, o.OrderDate, o.Status, o.IsDeleted });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.SupplierSku).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Ignore(l => l.OutstandingQuantity);
        builder.HasIndex(l => new { l.OrderId, l.LineNumber }).IsUnique();
        // What is on order per product (replenishment) reads this index.
        builder.HasIndex(l => new { l.TenantId, l.ProductId, l.OrderId });
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
