using Erp.Domain.Catalog;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Pos;

public sealed class PosReturnConfiguration : IEntityTypeConfiguration<PosReturn>
{
    public void Configure(EntityTypeBuilder<PosReturn> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(50);
        builder.Property(r => r.OriginalNumber).HasMaxLength(50);
        builder.Property(r => r.CustomerName).HasMaxLength(300);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.CashierId).HasMaxLength(450);
        builder.Property(r => r.CashierName).HasMaxLength(200);
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.SessionId });
        builder.HasIndex(r => new { r.TenantId, r.OriginalSaleId });
        builder.HasOne<PosSale>().WithMany().HasForeignKey(r => r.OriginalSaleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PosSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Refunds).WithOne().HasForeignKey(f => f.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PosReturnLineConfiguration : IEntityTypeConfiguration<PosReturnLine>
{
    public void Configure(EntityTypeBuilder<PosReturnLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.Reason).HasMaxLength(300);
        builder.HasIndex(l => new { l.ReturnId, l.LineNumber }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PosRefundConfiguration : IEntityTypeConfiguration<PosRefund>
{
    public void Configure(EntityTypeBuilder<PosRefund> builder) => builder.Property(r => r.MethodName).HasMaxLength(60);
}
