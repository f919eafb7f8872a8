using Erp.Domain.Inventory.Transfers;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Inventory;

public sealed class StockTransferConfiguration : IEntityTypeConfiguration<StockTransfer>
{
    public void Configure(EntityTypeBuilder<StockTransfer> builder)
    {
        builder.Property(t => t.Number).HasMaxLength(50);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.CloseReason).HasMaxLength(500);
        // The list pages by number, date and status.
        builder.HasIndex(t => new { t.TenantId, t.Number });
        builder.HasIndex(t => new { t.TenantId, t.DocumentDate });
        builder.HasIndex(t => new { t.TenantId, t.Status });
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(t => t.FromLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(t => t.ToLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TransferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.IsInTransit);
        builder.Ignore(t => t.AllowedNext);
    }
}

public sealed class StockTransferLineConfiguration : IEntityTypeConfiguration<StockTransferLine>
{
    public void Configure(EntityTypeBuilder<StockTransferLine> builder)
    {
        builder.Property(l => l.ProductSku).HasMaxLength(64);
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.UnitCode).HasMaxLength(20);
        builder.Property(l => l.BaseUnitCode).HasMaxLength(20);
        builder.HasIndex(l => new { l.TransferId, l.LineNo });
        builder.HasIndex(l => new { l.TenantId, l.ProductId });
        builder.Ignore(l => l.Outstanding);
        builder.Ignore(l => l.Difference);
    }
}
