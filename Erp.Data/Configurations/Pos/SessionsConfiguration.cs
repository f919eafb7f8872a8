using Erp.Domain.Pos.Registers;
using Erp.Domain.Pos.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Pos;

public sealed class PosSessionConfiguration : IEntityTypeConfiguration<PosSession>
{
    public void Configure(EntityTypeBuilder<PosSession> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(50);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.CashierId).HasMaxLength(450);
        builder.Property(s => s.CashierName).HasMaxLength(200);
        builder.Property(s => s.ClosedBy).HasMaxLength(450);
        builder.Property(s => s.DifferenceReason).HasMaxLength(500);
        builder.Ignore(s => s.CashIn);
        builder.Ignore(s => s.CashOut);
        builder.HasIndex(s => new { s.TenantId, s.Number }).IsUnique();

        // One open session per register, held by the database even when two tills open at once.
        builder.HasIndex(s => new { s.TenantId, s.RegisterId }).IsUnique().HasFilter("\"Status\" = 1").HasDatabaseName("IX_PosSessions_OpenPerRegister");
        builder.HasIndex(s => new { s.TenantId, s.RegisterId, s.OpenedAt });
        builder.HasIndex(s => new { s.TenantId, s.Status, s.LocationId });
        builder.HasOne<CashRegister>().WithMany().HasForeignKey(s => s.RegisterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Counts).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Counts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.CashMovements).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.CashMovements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PosCashMovementConfiguration : IEntityTypeConfiguration<PosCashMovement>
{
    public void Configure(EntityTypeBuilder<PosCashMovement> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(300);
        builder.Property(m => m.UserId).HasMaxLength(450);
    }
}
