using Erp.Domain.Catalog;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Payments;
using Erp.Domain.Purchasing.Receipts;
using Erp.Domain.Purchasing.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Purchasing;

public sealed class PurchaseReceiptConfiguration : IEntityTypeConfiguration<PurchaseReceipt>
{
    public void Configure(EntityTypeBuilder<PurchaseReceipt> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(50);
        builder.Property(r => r.OrderNumber).HasMaxLength(50);
        builder.Property(r => r.SupplierName).HasMaxLength(200);
        builder.Property(r => r.DeliveryNote).HasMaxLength(100);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.Notes).HasMaxLength(1000);
        builder.Property(r => r.ReceivedBy).HasMaxLength(450);
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        builder.HasIndex(r => new { r.TenantId, r.PurchaseOrderId });
        builder.HasIndex(r => new { r.TenantId, r.SupplierId, r.ReceivedDate });
        builder.HasIndex(r => new { r.TenantId, r.ReceivedDate, r.IsDeleted });
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(r => r.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReceiptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Charges).WithOne().HasForeignKey(c => c.ReceiptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Charges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PurchaseReceiptLineConfiguration : IEntityTypeConfiguration<PurchaseReceiptLine>
{
    public void Configure(EntityTypeBuilder<PurchaseReceiptLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.QualityNote).HasMaxLength(500);
        builder.Ignore(l => l.KeptQuantity);
        builder.Ignore(l => l.ArrivedQuantity);
        builder.HasIndex(l => new { l.ReceiptId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => l.OrderLineId);
        builder.HasOne<PurchaseOrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.QuarantineLocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PurchaseReceiptChargeConfiguration : IEntityTypeConfiguration<PurchaseReceiptCharge>
{
    public void Configure(EntityTypeBuilder<PurchaseReceiptCharge> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(200);
        builder.HasIndex(c => c.ReceiptId);
    }
}

public sealed class SupplierBillConfiguration : IEntityTypeConfiguration<SupplierBill>
{
    public void Configure(EntityTypeBuilder<SupplierBill> builder)
    {
        builder.Property(b => b.Number).HasMaxLength(50);
        builder.Property(b => b.SupplierCode).HasMaxLength(30);
        builder.Property(b => b.SupplierName).HasMaxLength(200);
        builder.Property(b => b.SupplierInvoiceNumber).HasMaxLength(100);
        builder.Property(b => b.PaymentTermName).HasMaxLength(100);
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Property(b => b.OrderNumber).HasMaxLength(50);
        builder.Property(b => b.Notes).HasMaxLength(2000);
        builder.Property(b => b.HoldReason).HasMaxLength(2000);
        builder.Property(b => b.ApprovedBy).HasMaxLength(450);
        builder.Ignore(b => b.IsPayable);
        builder.HasIndex(b => new { b.TenantId, b.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        // A supplier's invoice is recorded once (cancelled bills keep their number, so a re-entry needs another).
        builder.HasIndex(b => new { b.TenantId, b.SupplierId, b.SupplierInvoiceNumber }).IsUnique();
        builder.HasIndex(b => new { b.TenantId, b.Status, b.DueDate, b.SupplierId, b.IsDeleted });
        builder.HasIndex(b => new { b.TenantId, b.PurchaseOrderId });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(b => b.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BillId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupplierBillLineConfiguration : IEntityTypeConfiguration<SupplierBillLine>
{
    public void Configure(EntityTypeBuilder<SupplierBillLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.MatchIssue).HasMaxLength(1000);
        builder.HasIndex(l => new { l.BillId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => l.OrderLineId);
        builder.HasOne<PurchaseOrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SupplierPaymentConfiguration : IEntityTypeConfiguration<SupplierPayment>
{
    public void Configure(EntityTypeBuilder<SupplierPayment> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.SupplierName).HasMaxLength(200);
        builder.Property(p => p.MethodName).HasMaxLength(60);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.Notes).HasMaxLength(1000);
        builder.HasIndex(p => new { p.TenantId, p.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        builder.HasIndex(p => new { p.TenantId, p.SupplierId, p.PaymentDate });
        builder.HasIndex(p => new { p.TenantId, p.PaymentDate, p.IsDeleted });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PayableAllocationConfiguration : IEntityTypeConfiguration<PayableAllocation>
{
    public void Configure(EntityTypeBuilder<PayableAllocation> builder)
    {
        builder.HasIndex(a => new { a.TenantId, a.SupplierId });
        builder.HasIndex(a => a.BillId);
        builder.HasIndex(a => a.PaymentId);
        builder.HasOne<SupplierBill>().WithMany().HasForeignKey(a => a.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupplierPayment>().WithMany().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}
